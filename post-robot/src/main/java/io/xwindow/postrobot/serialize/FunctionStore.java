package io.xwindow.postrobot.serialize;

import elemental2.core.JsMap;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Tables;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.postrobot.wire.Ids;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The functions (and promise callbacks) this window handed to others, by the window they went
 * to, so that those windows can call them back: one {@link FunctionTable} per window, which
 * decides the ids. Unlike post-robot, which keeps them as long as the page lives, the functions
 * held for a window are released when it closes ({@link #releaseClosed}) or is cleaned up
 * ({@link #release}), and one by one when an xwindow window says it can no longer call them
 * ({@link #released}).
 */
public final class FunctionStore {
  private final JsMap<Window, FunctionTable> byWindow = new JsMap<>();
  private int count;

  /** Stores {@code function} for {@code window}; returns the {@code {id, name}} to send. */
  JsPropertyMap<Object> store(Window window, Object domain, Object function) {
    FunctionTable table = byWindow.get(window);
    if (table == null) {
      table = new FunctionTable(Tables.map(), Tables.map(), Ids::uid);
      byWindow.set(window, table);
    }
    // A proxy of another window's function (FunctionSerializer.read) says whose it is.
    JsPropertyMap<Object> fn = Js.asPropertyMap(function);
    Object ownerId = fn.get("__id__");
    Object owner = ownerId instanceof String ? fn.get("__source__") : null;
    int before = table.size();
    StoredFunction stored =
        table.store(function, owner, owner == null ? null : (String) ownerId, nameOf(fn), domain);
    count += table.size() - before;
    JsPropertyMap<Object> value = JsPropertyMap.of();
    value.set("id", stored.id);
    value.set("name", stored.name);
    return value;
  }

  private static String nameOf(JsPropertyMap<Object> fn) {
    Object name = fn.get("__name__");
    if (!(name instanceof String) || ((String) name).isEmpty()) {
      name = fn.get("name");
    }
    return name instanceof String && !((String) name).isEmpty() ? (String) name : "anonymous";
  }

  /** The function {@code window} calls {@code id}, or null. */
  public StoredFunction find(Window window, String id) {
    FunctionTable table = byWindow.get(window);
    return table == null ? null : table.find(id);
  }

  /**
   * {@code window} can no longer call function {@code id}, which came to it {@code received}
   * times since its last release: see {@link FunctionTable#released}.
   */
  public void released(Window window, String id, int received) {
    FunctionTable table = byWindow.get(window);
    if (table != null && table.released(id, received)) {
      count--;
    }
  }

  /** Forgets every function held for {@code window}. */
  public void release(Window window) {
    FunctionTable table = byWindow.get(window);
    if (table != null) {
      count -= table.size();
      byWindow.delete(window);
    }
  }

  /** Forgets the functions of every window that has closed. */
  public void releaseClosed() {
    byWindow.forEach(
        (table, window) -> {
          if (Windows.isClosed(window)) {
            release(window);
          }
          return null;
        });
  }

  /** How many functions are held, for every window. */
  public int count() {
    return count;
  }
}
