package io.xwindow.beaver.browser;

import io.xwindow.beaver.deliver.Task;
import io.xwindow.beaver.deliver.Timers;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;

/**
 * {@link Timers} on the page's {@code setTimeout}. Declared here rather than through Elemental2's
 * varargs overloads, which would build a Java array on every call.
 */
public final class PageTimers implements Timers {
  @JsMethod(namespace = JsPackage.GLOBAL, name = "setTimeout")
  public static native double setTimeout(Task task, double millis);

  @JsMethod(namespace = JsPackage.GLOBAL, name = "clearTimeout")
  private static native void clearTimeout(double handle);

  @Override
  public double later(double millis, Task task) {
    return setTimeout(task, millis);
  }

  @Override
  public void cancel(double handle) {
    clearTimeout(handle);
  }

  @Override
  public double random() {
    return Math.random();
  }
}
