package io.xwindow.base.time;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Timers} on a clock the caller moves, and a random number it sets: for JVM tests of code
 * that takes {@code Timers}, so that a timeout of ten seconds is tested in no time and a jitter or
 * an id comes out the same on every run. Nothing a bundle exports uses it, so Closure leaves it out
 * of every bundle.
 *
 * <pre>{@code
 * ManualTimers timers = new ManualTimers();
 * timers.later(300, () -> fired[0] = true);
 * timers.advance(299); // not yet
 * timers.advance(1);   // fired
 * }</pre>
 */
public class ManualTimers implements Timers {
  private static final class Due {
    double at;
    final double every;
    final double handle;
    final Task task;

    Due(double at, double every, double handle, Task task) {
      this.at = at;
      this.every = every;
      this.handle = handle;
      this.task = task;
    }
  }

  private final List<Due> due = new ArrayList<>();
  private double now;
  private double next = 1;
  private double random = 0.5;

  @Override
  public double later(double millis, Task task) {
    return add(millis, 0, task);
  }

  @Override
  public double every(double millis, Task task) {
    return add(millis, millis, task);
  }

  private double add(double millis, double every, Task task) {
    double handle = next++;
    due.add(new Due(now + millis, every, handle, task));
    return handle;
  }

  @Override
  public void cancel(double handle) {
    for (int i = due.size() - 1; i >= 0; i--) {
      if (due.get(i).handle == handle) {
        due.remove(i);
      }
    }
  }

  @Override
  public double now() {
    return now;
  }

  /** {@link #setRandom}'s number, 0.5 until it is called. */
  @Override
  public double random() {
    return random;
  }

  /** What {@link #random} answers from now on, a number in [0, 1). */
  public void setRandom(double random) {
    this.random = random;
  }

  /**
   * Moves the clock on by {@code millis}, running each task when its time comes, in time order
   * (in the order they were set, for the same time), as a page's timers run.
   */
  public void advance(double millis) {
    double end = now + millis;
    for (Due first = firstDue(end); first != null; first = firstDue(end)) {
      now = first.at;
      if (first.every > 0) {
        first.at += first.every;
      } else {
        due.remove(first);
      }
      first.task.run();
    }
    now = end;
  }

  private Due firstDue(double end) {
    Due first = null;
    for (Due candidate : due) {
      if (candidate.at <= end
          && (first == null
              || candidate.at < first.at
              || (candidate.at == first.at && candidate.handle < first.handle))) {
        first = candidate;
      }
    }
    return first;
  }

  /** How many tasks are still to run. */
  public int pending() {
    return due.size();
  }
}
