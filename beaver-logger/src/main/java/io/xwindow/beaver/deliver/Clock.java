package io.xwindow.beaver.deliver;

import io.xwindow.base.time.Task;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The part of the base module's {@code Timers} that delivery uses: a timer, its cancel, and
 * chance. A native interface, not {@code Timers} itself: the browser's is a plain JavaScript object
 * ({@code browser.PageClock}), where an implementation of a Java interface would be an object of
 * ours, which brings J2CL's {@code Object} into the bundle (about 560 B). On the JVM, tests adapt
 * base's {@code ManualTimers} to it.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public interface Clock {
  /** Runs {@code task} once, in {@code millis}; returns a handle for {@link #clearLater}. */
  double later(double millis, Task task);

  /** Cancels the task of {@code handle}, if it is still to run. */
  void clearLater(double handle);

  /** A random number in [0, 1). */
  double random();
}
