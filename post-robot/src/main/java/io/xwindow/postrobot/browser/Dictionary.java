package io.xwindow.postrobot.browser;

import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Maps keyed by strings that come from other windows (names, hashes, ids): objects with no
 * prototype, so that a key such as {@code constructor} or {@code __proto__} finds nothing it
 * should not. Cheaper in the bundle than a Java map.
 */
public final class Dictionary {
  private Dictionary() {}

  /** A new, empty map with no prototype. */
  public static <T> JsPropertyMap<T> create() {
    return Js.uncheckedCast(JsObject.create(null));
  }
}
