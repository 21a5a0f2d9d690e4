package io.xwindow.postrobot.browser;

import elemental2.core.JsMap;
import elemental2.core.JsWeakMap;
import jsinterop.base.Js;

/** The browser's maps, as {@link Table}s. */
public final class Tables {
  private Tables() {}

  /** A new JavaScript {@code Map}. */
  public static <K, V> Table<K, V> map() {
    return Js.uncheckedCast(new JsMap<K, V>());
  }

  /**
   * A new JavaScript {@code WeakMap}: for tables keyed by windows, which then go when their
   * window goes.
   */
  public static <K, V> Table<K, V> weakMap() {
    return Js.uncheckedCast(new JsWeakMap<K, V>());
  }
}
