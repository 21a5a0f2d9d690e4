package io.xwindow.postrobot.time;

/**
 * Time, behind a seam: the page's timers and clock in the browser ({@link PageTimers}), a clock
 * the test holds on the JVM. Every time decision of post-robot (a request's response timeout and
 * acknowledgement deadline, the wait for a window to say hello, the sweep for closed windows, the
 * batching of releases) and of the modules built on it takes one, so that it is tested without
 * waiting.
 *
 * <pre>{@code
 * Timers timers = new PageTimers();
 * double handle = timers.later(5000, () -> giveUp());
 * timers.cancel(handle); // it answered in time
 * }</pre>
 */
public interface Timers {
  /** Runs {@code task} once, in {@code millis}; returns a handle for {@link #cancel}. */
  double later(double millis, Task task);

  /** Runs {@code task} every {@code millis} until cancelled; a handle for {@link #cancel}. */
  double every(double millis, Task task);

  /**
   * Cancels the task of {@code handle} (from either method), if it is still to run; 0, which no
   * timer has, cancels nothing.
   */
  void cancel(double handle);

  /** The time now, in milliseconds since the epoch. */
  double now();
}
