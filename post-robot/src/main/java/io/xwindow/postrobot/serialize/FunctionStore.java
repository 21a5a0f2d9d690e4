package io.xwindow.postrobot.serialize;

import elemental2.core.JsMap;
import elemental2.core.JsObject;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.browser.Windows;
import io.xwindow.postrobot.wire.Ids;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The functions (and promise callbacks) this window handed to others, by the window they went
 * to, so that those windows can call them back. Unlike post-robot, which keeps them as long as
 * the page lives, the functions held for a window are released when it closes ({@link
 * #releaseClosed}) or is cleaned up ({@link #release}), and one by one when an xwindow window
 * says it can no longer call them ({@link #released}). The same function sent twice to one
 * window is stored once.
 */
public final class FunctionStore {
  private final JsMap<Window, JsPropertyMap<StoredFunction>> byWindow = new JsMap<>();
  private final JsMap<Window, JsMap<Object, String>> idsByWindow = new JsMap<>();
  private int count;

  /** Stores {@code function} for {@code window}; returns the {@code {id, name}} to send. */
  JsPropertyMap<Object> store(Window window, Object domain, Object function) {
    JsPropertyMap<Object> fn = Js.asPropertyMap(function);
    JsPropertyMap<StoredFunction> functions = byWindow.get(window);
    JsMap<Object, String> ids = idsByWindow.get(window);
    if (functions == null) {
      functions = Dictionary.create();
      ids = new JsMap<>();
      byWindow.set(window, functions);
      idsByWindow.set(window, ids);
    }
    String id = ids.get(function);
    if (id == null) {
      Object forwardedId = fn.get("__id__");
      id = forwardedId instanceof String ? (String) forwardedId : Ids.uid();
      ids.set(function, id);
    }
    String name = nameOf(fn);
    StoredFunction stored = functions.has(id) ? functions.get(id) : null;
    if (stored == null || stored.function != function) {
      if (stored == null) {
        count++;
      }
      stored = new StoredFunction(function, name, domain);
      functions.set(id, stored);
    }
    stored.domain = domain;
    stored.sent++;
    JsPropertyMap<Object> value = JsPropertyMap.of();
    value.set("id", id);
    value.set("name", name);
    return value;
  }

  private static String nameOf(JsPropertyMap<Object> fn) {
    Object name = fn.get("__name__");
    if (!(name instanceof String) || ((String) name).isEmpty()) {
      name = fn.get("name");
    }
    return name instanceof String && !((String) name).isEmpty() ? (String) name : "anonymous";
  }

  /** The function {@code id} held for {@code window}, or null. */
  public StoredFunction find(Window window, String id) {
    JsPropertyMap<StoredFunction> functions = byWindow.get(window);
    return functions == null || !functions.has(id) ? null : functions.get(id);
  }

  /**
   * {@code window} can no longer call function {@code id}, which came to it {@code received}
   * times since its last release: forgets it, unless it was sent more often (the rest are on
   * their way, and will be released in turn).
   */
  public void released(Window window, String id, int received) {
    StoredFunction stored = find(window, id);
    if (stored != null && (stored.sent -= received) <= 0) {
      byWindow.get(window).delete(id);
      idsByWindow.get(window).delete(stored.function);
      count--;
    }
  }

  /** Forgets every function held for {@code window}. */
  public void release(Window window) {
    JsPropertyMap<StoredFunction> functions = byWindow.get(window);
    if (functions != null) {
      count -= JsObject.keys(functions).length;
      byWindow.delete(window);
      idsByWindow.delete(window);
    }
  }

  /** Forgets the functions of every window that has closed. */
  public void releaseClosed() {
    byWindow.forEach(
        (functions, window) -> {
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
