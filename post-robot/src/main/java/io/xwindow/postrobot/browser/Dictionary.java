package io.xwindow.postrobot.browser;

import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Maps keyed by strings that come from other windows (names, hashes, ids): objects with no
 * prototype, so that a key such as {@code constructor} or {@code __proto__} finds nothing it
 * should not. Cheaper in the bundle than a Java map. So a plain {@code get} answers for a missing
 * key too: undefined, which Java's {@code == null} takes for null (no {@code has} first).
 */
public final class Dictionary {
  private Dictionary() {}

  /**
   * The {@code key} of {@code value} when it is an object (a message from another window, its
   * data, an options object), else null. One function for what many readers of foreign data ask:
   * the test written out at each of them cost more bundle bytes.
   */
  public static Object field(Object value, String key) {
    return value != null && "object".equals(Js.typeof(value)) ? Js.asPropertyMap(value).get(key) : null;
  }

  /** A new, empty map with no prototype. */
  public static <T> JsPropertyMap<T> create() {
    return Js.uncheckedCast(JsObject.create(null));
  }
}
