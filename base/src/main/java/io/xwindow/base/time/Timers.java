package io.xwindow.base.time;

/**
 * Time and chance, behind a seam: the page's timers, clock and {@code Math.random} in the browser
 * ({@link PageTimers}), a clock and a number the test holds on the JVM ({@link ManualTimers}).
 * Every time decision of the modules (post-robot's response timeouts and acknowledgement
 * deadlines, the wait for a window's hello, the sweep for closed windows; xcomponent's lifecycle;
 * beaver-logger's batching, retries with jitter and batch ids) takes one, so that it is tested
 * without waiting.
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

  /** A random number in [0, 1): for jitter and ids, held by the test like the clock. */
  double random();
}
