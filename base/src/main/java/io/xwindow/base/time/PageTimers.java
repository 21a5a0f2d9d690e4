package io.xwindow.base.time;

import elemental2.core.JsDate;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;

/**
 * {@link Timers} on the page's own timers, clock and {@code Math.random}, declared here rather
 * than through Elemental2's varargs overloads, which would build a Java array on every call.
 * {@code clearTimeout} cancels an interval too: the two share one list of timers (HTML's timer
 * initialisation steps).
 */
public final class PageTimers implements Timers {
  /**
   * The page's {@code setTimeout}, for browser glue that has no {@code Timers} at hand (a page
   * event's handler): a plain call in the bundle.
   */
  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native double setTimeout(Task task, double millis);

  @JsMethod(namespace = JsPackage.GLOBAL)
  private static native double setInterval(Task task, double millis);

  @JsMethod(namespace = JsPackage.GLOBAL)
  private static native void clearTimeout(double handle);

  @Override
  public double later(double millis, Task task) {
    return setTimeout(task, millis);
  }

  @Override
  public double every(double millis, Task task) {
    return setInterval(task, millis);
  }

  @Override
  public void cancel(double handle) {
    clearTimeout(handle);
  }

  @Override
  public double now() {
    return JsDate.now();
  }

  @Override
  public double random() {
    return Math.random();
  }
}
