package io.xwindow.postrobot.browser;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;

/**
 * The browser's timers, bound directly, not through Elemental2's varargs bindings (the bundle
 * rules in {@link io.xwindow.postrobot}).
 */
public final class Timers {
  private Timers() {}

  /** What a timer calls. */
  @JsFunction
  public interface Callback {
    void run();
  }

  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native double setTimeout(Callback callback, double millis);

  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native void clearTimeout(double id);

  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native double setInterval(Callback callback, double millis);

  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native void clearInterval(double id);
}
