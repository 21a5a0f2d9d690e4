package io.xwindow.postrobot.wire;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A posted post-robot string: {@code {"<key>":[message, ...]}}, see {@link EnvelopeKey}.
 */
public final class Envelope {
  /** The key the messages came under: the one to answer in. */
  public final String key;
  /** The messages, not yet checked one by one ({@link #isWellFormed}). */
  public final JsArray<Object> messages;

  private Envelope(String key, JsArray<Object> messages) {
    this.key = key;
    this.messages = messages;
  }

  /**
   * The envelope in a posted {@code data} string, or null. When one string holds several keys
   * (our own first hello does), the first key is read. Malformed JSON throws: call it in a
   * {@link io.xwindow.postrobot.browser.Guard}.
   */
  public static Envelope parse(String data) {
    if (!EnvelopeKey.mayBeEnvelope(data)) {
      return null;
    }
    return read(Global.JSON.parse(data));
  }

  /**
   * The envelope in an already parsed (or structured-cloned, on a private channel) value, or
   * null.
   */
  public static Envelope read(Object parsed) {
    if (!isObject(parsed)) {
      return null;
    }
    JsArray<String> keys = JsObject.keys(parsed);
    JsPropertyMap<Object> map = Js.asPropertyMap(parsed);
    for (int i = 0; i < keys.length; i++) {
      String key = keys.getAt(i);
      Object messages = map.get(key);
      if (EnvelopeKey.isKey(key) && JsArray.isArray(messages)) {
        return new Envelope(key, Js.uncheckedCast(messages));
      }
    }
    return null;
  }

  /** The string to post for {@code messages} under each of {@code keys}. */
  public static String format(JsArray<String> keys, JsArray<WireMessage> messages) {
    return Global.JSON.stringify(object(keys, messages));
  }

  /** The envelope as an object, for a private channel, which clones it without JSON. */
  public static Object object(JsArray<String> keys, JsArray<WireMessage> messages) {
    JsPropertyMap<Object> envelope = JsPropertyMap.of();
    for (int i = 0; i < keys.length; i++) {
      envelope.set(keys.getAt(i), messages);
    }
    return envelope;
  }

  /** True when {@code message} has the string fields every message needs. */
  public static boolean isWellFormed(Object message) {
    if (!isObject(message)) {
      return false;
    }
    WireMessage m = Js.uncheckedCast(message);
    return isString(m.id) && isString(m.type) && isString(m.hash) && isString(m.name);
  }

  private static boolean isObject(Object value) {
    return value != null && "object".equals(Js.typeof(value));
  }

  private static boolean isString(Object value) {
    return value instanceof String; // the bundle's own string test, rather than a second one
  }
}
