package io.xwindow.postrobot.serialize;

import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.dom.Window;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Turns values into what post-robot sends, and back: plain JSON as is; any other value as the
 * tag of the first of its {@link Serializers} that writes it ({@code undefined}, dates, regular
 * expressions and errors as universal-serialize tags; functions, promises and windows as
 * post-robot's cross-domain handles, callable from the other window).
 *
 * <p>Encoding walks the value and builds a new JSON-ready tree (post-robot reads raw values
 * from a {@code JSON.stringify} replacer, which Java cannot write; the walk gives the same
 * output). Decoding rewrites a freshly parsed tree in place, bottom-up like a reviver, drops
 * {@code __proto__} keys, and refuses trees deeper than {@link #MAX_DEPTH}.
 *
 * <p>A value that cannot go (circular, too deep) does not throw: the call returns a
 * {@link Refusal} that says why, in place of the value (no exceptions: the bundle rules in
 * {@link io.xwindow.postrobot}); a field holding the last failure would let one call's failure
 * change another's answer. The codec holds no state of its own.
 */
public final class Codec {
  /** The deepest nesting sent or accepted; deeper (or circular) data is refused. */
  public static final int MAX_DEPTH = 256;

  private final Serializers serializers;

  /** Values JSON cannot carry are written and read by {@code serializers}. */
  public Codec(Serializers serializers) {
    this.serializers = serializers;
  }

  /**
   * The JSON-ready form of {@code value}, for {@code window} whose origin must match {@code
   * domain}: functions in it are stored for that window and domain.
   *
   * <p>Returns a {@link Refusal} instead when the value cannot go.
   */
  public Object encode(Object value, Window window, Object domain) {
    return encode(value, window, domain, 0);
  }

  private Object encode(Object value, Window window, Object domain, int depth) {
    if (depth > MAX_DEPTH) {
      return new Refusal("Circular or too deep data");
    }
    String type = Js.typeof(value);
    if (!"undefined".equals(type)
        && (value == null || (!"object".equals(type) && !"function".equals(type)))) {
      return value;
    }
    Serializer serializer = serializers.writerOf(value);
    if (serializer != null) {
      Object written = serializer.write(value, window, domain);
      // What a serializer wrote is walked, not written again: a promise's {then} is a thenable.
      Object encoded =
          written != null && "object".equals(Js.typeof(written)) && !JsArray.isArray(written)
              ? encodeFields(written, window, domain, depth + 1)
              : "undefined".equals(Js.typeof(written))
                  ? written
                  : encode(written, window, domain, depth + 1);
      return Refusal.is(encoded) ? encoded : Tagged.of(serializer.tag(), encoded);
    }
    JsPropertyMap<Object> object = Js.asPropertyMap(value);
    if (JsArray.isArray(value)) {
      JsArray<Object> items = Js.uncheckedCast(value);
      JsArray<Object> out = new JsArray<>();
      for (int i = 0; i < items.length; i++) {
        Object item = encode(items.getAt(i), window, domain, depth + 1);
        if (Refusal.is(item)) {
          return item;
        }
        out.push(item);
      }
      return out;
    }
    if ("string".equals(Js.typeof(object.get("__type__")))) {
      return value; // already tagged: post-robot sends such objects untouched
    }
    return encodeFields(value, window, domain, depth);
  }

  /** A plain object with each of its fields encoded. */
  private Object encodeFields(Object value, Window window, Object domain, int depth) {
    JsPropertyMap<Object> object = Js.asPropertyMap(value);
    JsPropertyMap<Object> out = JsPropertyMap.of();
    JsArray<String> keys = JsObject.keys(value);
    for (int i = 0; i < keys.length; i++) {
      String key = keys.getAt(i);
      Object item = encode(object.get(key), window, domain, depth + 1);
      if (Refusal.is(item)) {
        return item;
      }
      out.set(key, item);
    }
    return out;
  }

  /**
   * The value {@code parsed} (fresh from {@code JSON.parse}) stands for, sent by {@code source}
   * at {@code origin}: functions in it call back to that window through {@code remote}.
   *
   * <p>Returns a {@link Refusal} instead for data nested deeper than {@link #MAX_DEPTH}.
   */
  public Object decode(Object parsed, Window source, String origin, RemoteCaller remote) {
    return decode(parsed, source, origin, remote, 0);
  }

  private Object decode(Object value, Window source, String origin, RemoteCaller remote, int depth) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return value;
    }
    if (depth > MAX_DEPTH) {
      return new Refusal("Data nested too deep");
    }
    if (JsArray.isArray(value)) {
      JsArray<Object> items = Js.uncheckedCast(value);
      for (int i = 0; i < items.length; i++) {
        Object item = decode(items.getAt(i), source, origin, remote, depth + 1);
        if (Refusal.is(item)) {
          return item;
        }
        items.setAt(i, item);
      }
      return items;
    }
    JsPropertyMap<Object> object = Js.asPropertyMap(value);
    Object type = object.get("__type__");
    if (type instanceof String) {
      Object tagged = decode(object.get("__val__"), source, origin, remote, depth + 1);
      if (Refusal.is(tagged)) {
        return tagged;
      }
      Serializer serializer = serializers.readerOf((String) type);
      // unknown tags give their value, as in post-robot
      return serializer == null ? tagged : serializer.read(tagged, source, origin, remote);
    }
    JsArray<String> keys = JsObject.keys(value);
    for (int i = 0; i < keys.length; i++) {
      String key = keys.getAt(i);
      if ("__proto__".equals(key)) {
        object.delete(key); // never hand user code a key that can reach a prototype
        continue;
      }
      Object decoded = decode(object.get(key), source, origin, remote, depth + 1);
      if (Refusal.is(decoded)) {
        return decoded;
      }
      if (Js.isTripleEqual(decoded, Js.undefined())) {
        object.delete(key);
      } else {
        object.set(key, decoded);
      }
    }
    return value;
  }
}
