package io.xwindow.xcomponent.time;

/**
 * Runs tasks later: the page's timers in the browser ({@code browser.PageTimers}), a clock the
 * test holds on the JVM. Every time decision of xcomponent (the render timeout, the checks that a
 * window is still there) takes one, so that it is tested without waiting.
 */
public interface Timers {
  /** Runs {@code task} once, in {@code millis}; returns a handle for {@link #cancel}. */
  double later(double millis, Task task);

  /** Runs {@code task} every {@code millis} until cancelled; a handle for {@link #cancel}. */
  double every(double millis, Task task);

  /** Cancels the task of {@code handle} (from either method), if it is still to run. */
  void cancel(double handle);
}
