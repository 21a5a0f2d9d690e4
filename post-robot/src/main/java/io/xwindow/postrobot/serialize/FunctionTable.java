package io.xwindow.postrobot.serialize;

import io.xwindow.postrobot.browser.Table;
import jsinterop.annotations.JsFunction;

/**
 * The functions handed to one window, by the id that window calls them with: which id a
 * function gets there, apart from the browser (tested on the JVM); {@link FunctionStore} keeps
 * one table per window.
 *
 * <p>An id names one function for its window, for as long as it is stored; nothing replaces it:
 *
 * <ul>
 *   <li>A function of this window gets a fresh id (one per window it goes to), and keeps it
 *       while it is stored: the same function sent twice is stored once.
 *   <li>A handle of another window's function, which we got from there and hand on, keeps the id
 *       it has in its owner, as post-robot relays it (so that a post-robot owner that gets it
 *       back calls its own function directly), while that id is free here or names the same
 *       function of the same owner (it may arrive as several proxies). Otherwise it gets a fresh
 *       id. So a window that learned the id one of our functions has for a partner cannot, by
 *       having us relay a handle carrying that id to the partner, take the partner's calls
 *       (post-robot replaced the function with the handle).
 * </ul>
 */
final class FunctionTable {
  /** Makes fresh ids ({@link io.xwindow.postrobot.wire.Ids#uid} in the browser). */
  @JsFunction
  interface IdSource {
    String next();
  }

  private final Table<String, StoredFunction> byId;
  private final Table<Object, String> idsOfFunctions;
  private final IdSource ids;
  private int size;

  /**
   * A table in {@code byId} (id to stored function) and {@code idsOfFunctions} (function to the
   * fresh id it got), with fresh ids from {@code ids}.
   */
  FunctionTable(
      Table<String, StoredFunction> byId, Table<Object, String> idsOfFunctions, IdSource ids) {
    this.byId = byId;
    this.idsOfFunctions = idsOfFunctions;
    this.ids = ids;
  }

  /**
   * Stores {@code function}, named {@code name}, to be called from origins that match {@code
   * domain}: a function of this window when {@code owner} is null, else a handle of function
   * {@code ownerId} of window {@code owner}. Returns what is stored, with its id.
   */
  StoredFunction store(Object function, Object owner, String ownerId, String name, Object domain) {
    StoredFunction stored = owner == null ? null : byId.get(ownerId);
    if (stored == null && owner != null) {
      stored = add(ownerId, function, owner, ownerId, name);
    } else if (stored == null || !stored.isHandleOf(owner, ownerId)) {
      String id = idsOfFunctions.get(function);
      stored = id == null ? null : byId.get(id);
      if (stored == null) {
        stored = add(fresh(), function, owner, ownerId, name);
        idsOfFunctions.set(function, stored.id);
      }
    }
    stored.domain = domain;
    stored.sent++;
    return stored;
  }

  /** A new id, free here: random ids do not meet, but a relayed handle may have taken any. */
  private String fresh() {
    String id = ids.next();
    while (byId.has(id)) {
      id = ids.next();
    }
    return id;
  }

  private StoredFunction add(String id, Object function, Object owner, String ownerId, String name) {
    StoredFunction stored = new StoredFunction(id, function, owner, ownerId, name);
    byId.set(id, stored);
    size++;
    return stored;
  }

  /** The function called {@code id} here, or null. */
  StoredFunction find(String id) {
    return byId.get(id);
  }

  /**
   * The window can no longer call function {@code id}, which came to it {@code received} times
   * since its last release: forgets it, unless it was sent more often (the rest are on their
   * way, and will be released in turn). True if it was forgotten.
   */
  boolean released(String id, int received) {
    StoredFunction stored = find(id);
    if (stored == null || (stored.sent -= received) > 0) {
      return false;
    }
    byId.delete(id);
    if (id.equals(idsOfFunctions.get(stored.function))) {
      idsOfFunctions.delete(stored.function);
    }
    size--;
    return true;
  }

  /** How many functions are stored. */
  int size() {
    return size;
  }
}
