package io.xwindow.base.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock tests move: tasks run in time order as it moves, as a page's timers run them. */
class ManualTimersTest {
  private final ManualTimers timers = new ManualTimers();
  private final List<String> ran = new ArrayList<>();

  @Test
  void tasksRunInTimeOrderAndInTheOrderSetForTheSameTime() {
    timers.later(200, () -> ran.add("b@" + timers.now()));
    timers.later(100, () -> ran.add("a@" + timers.now()));
    timers.later(200, () -> ran.add("c@" + timers.now()));

    timers.advance(1000);

    assertEquals(List.of("a@100.0", "b@200.0", "c@200.0"), ran);
    assertEquals(1000, timers.now());
  }

  @Test
  void randomAnswersTheNumberTheTestSet() {
    assertEquals(0.5, timers.random());

    timers.setRandom(0.25);

    assertEquals(0.25, timers.random());
  }

  @Test
  void anIntervalRunsUntilCancelledAndATaskSetByATaskRunsInTheSameAdvance() {
    double[] interval = new double[1];
    interval[0] = timers.every(100, () -> {
      ran.add("tick@" + timers.now());
      if (ran.size() == 2) {
        timers.cancel(interval[0]);
        timers.later(50, () -> ran.add("after@" + timers.now()));
      }
    });

    timers.advance(1000);

    assertEquals(List.of("tick@100.0", "tick@200.0", "after@250.0"), ran);
    assertEquals(0, timers.pending());
  }
}
