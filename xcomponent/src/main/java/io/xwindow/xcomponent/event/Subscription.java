package io.xwindow.xcomponent.event;

import elemental2.core.JsArray;
import jsinterop.annotations.JsType;

/** What {@link Emitter#on} returns: {@code cancel()} stops the handler. */
@JsType
public final class Subscription {
  private final JsArray<Emitter.Handler> handlers;
  private final Emitter.Handler handler;

  Subscription(JsArray<Emitter.Handler> handlers, Emitter.Handler handler) {
    this.handlers = handlers;
    this.handler = handler;
  }

  /** Stops the handler. */
  public void cancel() {
    int at = handlers.indexOf(handler);
    if (at >= 0) {
      handlers.splice(at, 1);
    }
  }
}
