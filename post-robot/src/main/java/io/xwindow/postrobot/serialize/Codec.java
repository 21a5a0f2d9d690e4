package io.xwindow.postrobot.serialize;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.core.JsError;
import elemental2.core.JsObject;
import elemental2.core.JsRegExp;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.Errors;
import io.xwindow.postrobot.PostRobotError;
import io.xwindow.postrobot.browser.Windows;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Turns values into what post-robot sends, and back: plain JSON as is; {@code undefined},
 * dates, regular expressions and errors as universal-serialize tags; functions and promises as
 * post-robot's cross-domain handles, callable from the other window.
 *
 * <p>Encoding walks the value and builds a new JSON-ready tree (post-robot reads raw values
 * from a {@code JSON.stringify} replacer, which Java cannot write; the walk gives the same
 * output). Decoding rewrites a freshly parsed tree in place, bottom-up like a reviver, drops
 * {@code __proto__} keys, and refuses trees deeper than {@link #MAX_DEPTH}.
 *
 * Windows (real ones, or {@link ProxyWindow}s) go as post-robot's {@code cross_domain_window}
 * and arrive as {@link ProxyWindow}s.
 *
 * <p>A value that cannot go (circular, too deep) does not throw: the call returns a
 * {@link Refusal} that says why, in place of the value (no exceptions: the bundle rules in
 * {@link io.xwindow.postrobot}); a field holding the last failure would let one call's failure
 * change another's answer. The codec holds no state of its own.
 */
public final class Codec {
  /** The deepest nesting sent or accepted; deeper (or circular) data is refused. */
  public static final int MAX_DEPTH = 256;

  private final FunctionStore functions;
  private final ProxyWindows windows;
  private final RemoteReferences references = new RemoteReferences();

  /**
   * Functions encoded for other windows are kept in {@code functions}; windows go as, and come
   * back as, the proxies in {@code windows}.
   */
  public Codec(FunctionStore functions, ProxyWindows windows) {
    this.functions = functions;
    this.windows = windows;
  }

  /** A function of any arity, as handed to user code. */
  @JsFunction
  interface Variadic {
    Object call(Object... args);
  }

  /** A promise's then, as handed to another window. */
  @JsFunction
  interface Then {
    Object then(Object onFulfilled, Object onRejected);
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
      return new Refusal("Can not serialize circular or too deep data");
    }
    String type = Js.typeof(value);
    if ("undefined".equals(type)) {
      return Tagged.undefined();
    }
    if ("function".equals(type)) {
      return Tagged.of(Tags.FUNCTION, functions.store(window, domain, value));
    }
    if (!"object".equals(type) || value == null) {
      return value;
    }
    if (Windows.isWindow(value) || value instanceof ProxyWindow) {
      Object methods = encode(windows.of(value).serialized(), window, domain, depth + 1);
      return Refusal.is(methods) ? methods : Tagged.of(Tags.WINDOW, methods);
    }
    JsPropertyMap<Object> object = Js.asPropertyMap(value);
    if ("function".equals(Js.typeof(object.get("then")))) {
      Promise<Object> promise = Js.uncheckedCast(value);
      // Handed over: its rejection is the other window's to handle, not an unhandled one here.
      promise.then(null, ignored -> null);
      Then then = (onFulfilled, onRejected) ->
          promise.then(Js.uncheckedCast(onFulfilled), Js.uncheckedCast(onRejected));
      JsPropertyMap<Object> handle = JsPropertyMap.of();
      handle.set("then", Tagged.of(Tags.FUNCTION, functions.store(window, domain, then)));
      return Tagged.of(Tags.PROMISE, handle);
    }
    if (value instanceof JsError) {
      JsPropertyMap<Object> error = JsPropertyMap.of();
      error.set("message", object.get("message"));
      error.set("stack", object.get("stack"));
      Object code = encode(object.get("code"), window, domain, depth + 1);
      Object data = encode(object.get("data"), window, domain, depth + 1);
      if (Refusal.is(code) || Refusal.is(data)) {
        return Refusal.is(code) ? code : data;
      }
      error.set("code", code);
      error.set("data", data);
      return Tagged.of(Tags.ERROR, error);
    }
    if (value instanceof JsDate) {
      return Tagged.of(Tags.DATE, ((JsDate) value).toJSON());
    }
    if (value instanceof JsRegExp) {
      return Tagged.of(Tags.REGEX, ((JsRegExp) value).source);
    }
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
      return new Refusal("Can not deserialize data nested too deep");
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
      return Refusal.is(tagged) ? tagged : revive((String) type, tagged, source, origin, remote);
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

  private Object revive(
      String type, Object value, Window source, String origin, RemoteCaller remote) {
    switch (type) {
      case Tags.UNDEFINED:
        return Js.undefined();
      case Tags.DATE:
        return new JsDate(Js.<String>uncheckedCast(value));
      case Tags.REGEX:
        return new JsRegExp("" + value); // an invalid one throws: the message is refused
      case Tags.ERROR:
        return error(value);
      case Tags.FUNCTION:
        return remoteFunction(value, source, origin, remote);
      case Tags.PROMISE:
        return remotePromise(value);
      case Tags.WINDOW:
        ProxyWindow proxy = windows.read(value);
        return proxy != null ? proxy : value;
      default:
        return value; // unknown tags give their value, as in post-robot
    }
  }

  private static Object error(Object value) {
    JsPropertyMap<Object> fields =
        value != null && "object".equals(Js.typeof(value)) ? Js.asPropertyMap(value) : JsPropertyMap.of();
    PostRobotError error = Errors.fromWire("" + fields.get("message"), fields.get("code"));
    Object data = fields.get("data");
    if (Js.isTruthy(data)) {
      error.data = data;
    }
    Object remoteStack = fields.get("stack");
    if (remoteStack instanceof String) {
      error.stack = remoteStack + "\n\n" + error.stack;
    }
    return error;
  }

  private Object remoteFunction(
      Object value, Window source, String origin, RemoteCaller remote) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return value;
    }
    JsPropertyMap<Object> handle = Js.asPropertyMap(value);
    Object idValue = handle.get("id");
    if (!(idValue instanceof String)) {
      return value;
    }
    String id = (String) idValue;
    Object nameValue = handle.get("name");
    String name = nameValue instanceof String ? (String) nameValue : "anonymous";
    Variadic call = args -> handled(remote.call(source, origin, id, name, args, false));
    Variadic fireAndForget = args -> handled(remote.call(source, origin, id, name, args, true));
    JsPropertyMap<Object> fn = Js.asPropertyMap(call);
    fn.set("fireAndForget", fireAndForget);
    fn.set("__id__", id);
    fn.set("__name__", name);
    fn.set("__origin__", origin);
    fn.set("__source__", source);
    references.track(call, source, origin, id, remote);
    return call;
  }

  /**
   * {@code promise}, marked as handled: a call into another window that fails (the window went
   * away, or sent a function that is not there) rejects for whoever awaits it, but is never an
   * unhandled rejection of the page. Data from another window can make our own code call such a
   * function (a thenable is adopted by calling its {@code then}), and that must stay silent.
   */
  private static Promise<Object> handled(Promise<Object> promise) {
    promise.then(null, ignored -> null);
    return promise;
  }

  private static Object remotePromise(Object value) {
    Object then = value == null ? null : Js.asPropertyMap(value).get("then");
    if (!"function".equals(Js.typeof(then))) {
      return value;
    }
    Variadic remoteThen = Js.uncheckedCast(then);
    Promise<Object> promise =
        new Promise<>(
            (resolve, reject) -> {
              Promise<Object> called = Js.uncheckedCast(remoteThen.call(resolve, reject));
              called.then(
                  null,
                  failure -> {
                    reject.onInvoke(failure);
                    return null;
                  });
            });
    return handled(promise);
  }
}
