package io.xwindow.beaver.deliver;

/** Runs tasks later: {@code setTimeout} in the browser, a fake clock in tests. */
public interface Timers {
  /** Runs {@code task} in {@code millis}; returns a handle for {@link #cancel}. */
  double later(double millis, Task task);

  /** Cancels the task of {@code handle}, if it has not run. */
  void cancel(double handle);

  /** A random number in [0, 1), for jitter and batch ids. */
  double random();
}
