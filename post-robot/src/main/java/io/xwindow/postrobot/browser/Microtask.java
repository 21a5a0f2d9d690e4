package io.xwindow.postrobot.browser;

import io.xwindow.postrobot.message.Action;
import jsinterop.annotations.JsMethod;

/**
 * Runs code once the current work is done, before the event loop moves on: the page's {@code
 * queueMicrotask}, which costs no promise (one on each side of every call, for the outbox's
 * flush); a resolved promise's {@code then} where the browser has none.
 *
 * <p>In {@code Microtask.native.js}: Elemental2 1.2.1 has no binding of {@code queueMicrotask}.
 */
public final class Microtask {
  private Microtask() {}

  /** Runs {@code task} as a microtask; it must not throw (nothing would hear it). */
  @JsMethod
  public static native void queue(Action task);
}
