package io.xwindow.xcomponent.event;

import elemental2.core.JsArray;
import elemental2.core.JsMap;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsType;

/**
 * An instance's events, zoid's {@code event} object: {@code on}, {@code once} and {@code
 * trigger}. A handler that throws does not stop the others (its error is reported asynchronously,
 * as an event listener's would be).
 */
@JsType
public final class Emitter {
  /** A handler of one event. */
  @JsFunction
  public interface Handler {
    void handle(Object payload);
  }

  private final JsMap<String, JsArray<Handler>> handlers = new JsMap<>();

  /** Calls {@code handler} on every {@code name} event. */
  public Subscription on(String name, Handler handler) {
    JsArray<Handler> list = handlers.get(name);
    if (list == null) {
      list = new JsArray<>();
      handlers.set(name, list);
    }
    list.push(handler);
    return new Subscription(list, handler);
  }

  /** Calls {@code handler} on the next {@code name} event only. */
  public Subscription once(String name, Handler handler) {
    Subscription[] subscription = new Subscription[1];
    subscription[0] = on(name, payload -> {
      subscription[0].cancel();
      handler.handle(payload);
    });
    return subscription[0];
  }

  /** Calls every handler of {@code name} with {@code payload}. */
  public void trigger(String name, Object payload) {
    JsArray<Handler> list = handlers.get(name);
    if (list == null) {
      return;
    }
    JsArray<Handler> snapshot = list.slice();
    for (int i = 0; i < snapshot.length; i++) {
      Callbacks.call(snapshot.getAt(i), payload);
    }
  }
}
