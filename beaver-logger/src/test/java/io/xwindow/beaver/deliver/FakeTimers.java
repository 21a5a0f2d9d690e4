package io.xwindow.beaver.deliver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers on a fake clock: {@link #advance} runs what falls due, in time order. */
final class FakeTimers implements Timers {
  private record Due(double at, double handle, Task run) {}

  private final List<Due> due = new ArrayList<>();
  private double now;
  private double next;
  double random = 0.5;

  @Override
  public double later(double millis, Task task) {
    double handle = next++;
    due.add(new Due(now + millis, handle, task));
    return handle;
  }

  @Override
  public void cancel(double handle) {
    due.removeIf(task -> task.handle() == handle);
  }

  @Override
  public double random() {
    return random;
  }

  /** Moves the clock on by {@code millis}, running each task when its time comes. */
  void advance(double millis) {
    double end = now + millis;
    while (true) {
      Due first =
          due.stream().filter(t -> t.at() <= end)
              .min(Comparator.comparingDouble(Due::at).thenComparingDouble(Due::handle)).orElse(null);
      if (first == null) {
        break;
      }
      due.remove(first);
      now = first.at();
      first.run().run();
    }
    now = end;
  }

  int pending() {
    return due.size();
  }
}
