package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Promises (any thenable) as post-robot's {@code cross_domain_zalgo_promise}: {@code {then}},
 * a function the other window calls with its own resolve and reject.
 */
final class PromiseSerializer implements Serializer {
  /** A promise's then, as handed to another window. */
  @JsFunction
  interface Then {
    Object then(Object onFulfilled, Object onRejected);
  }

  @Override
  public String tag() {
    return "cross_domain_zalgo_promise";
  }

  @Override
  public boolean writes(Object value) {
    return "object".equals(Js.typeof(value))
        && "function".equals(Js.typeof(Js.asPropertyMap(value).get("then")));
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    Promise<Object> promise = Js.uncheckedCast(value);
    // Handed over: its rejection is the other window's to handle, not an unhandled one here.
    promise.then(null, ignored -> null);
    Then then =
        (onFulfilled, onRejected) ->
            promise.then(Js.uncheckedCast(onFulfilled), Js.uncheckedCast(onRejected));
    JsPropertyMap<Object> handle = JsPropertyMap.of();
    handle.set("then", then);
    return handle;
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    Object then = value == null ? null : Js.asPropertyMap(value).get("then");
    if (!"function".equals(Js.typeof(then))) {
      return value;
    }
    FunctionSerializer.Variadic remoteThen = Js.uncheckedCast(then);
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
    return FunctionSerializer.handled(promise);
  }
}
