package io.xwindow.xcomponent.parent;

import io.xwindow.xcomponent.time.Task;
import io.xwindow.xcomponent.time.Timers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers on a clock the test holds: {@link #advance} runs what falls due, in time order. */
public final class FakeTimers implements Timers {
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
    due.removeIf(task -> task.handle == handle);
  }

  /** Moves the clock on by {@code millis}, running each task when its time comes. */
  public void advance(double millis) {
    double end = now + millis;
    while (true) {
      Due first = due.stream().filter(t -> t.at <= end)
          .min(Comparator.<Due>comparingDouble(t -> t.at).thenComparingDouble(t -> t.handle))
          .orElse(null);
      if (first == null) {
        break;
      }
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

  /** How many tasks are still to run. */
  int pending() {
    return due.size();
  }
}
