package io.xwindow.postrobot.browser;

import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.message.ErrorHandler;
import jsinterop.annotations.JsMethod;

/**
 * Runs code that may throw on input from another window, so that nothing it throws reaches the
 * page: {@code onError} (or nobody) gets the error, at once.
 *
 * <p>A JavaScript {@code try}/{@code catch} in {@code Guard.native.js}: a Java {@code catch}
 * would pull J2CL's exception runtime into the bundle (the bundle rules in {@link
 * io.xwindow.postrobot}), and a promise executor, which gives the same protection, costs a
 * promise and a microtask per message on the hot path.
 */
public final class Guard {
  private Guard() {}

  /** Runs {@code action} now; if it throws, {@code onError} (may be null) gets the error. */
  @JsMethod
  public static native void run(Action action, ErrorHandler onError);
}
