package io.xwindow.postrobot.send;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.postrobot.time.ManualTimers;
import org.junit.jupiter.api.Test;

/**
 * When post-robot looks for closed windows and missed acknowledgements, on timers with a clock the
 * test holds: every quarter second while anything waits, and no timer at all while nothing does.
 */
class SweepTest {
  private final ManualTimers timers = new ManualTimers();
  private int looks;
  /** How many more looks find something still waiting. */
  private int waitingFor = Integer.MAX_VALUE;
  private final Sweep sweep = new Sweep(timers, () -> ++looks < waitingFor);

  @Test
  void anIdlePageRunsNoTimer() {
    timers.advance(60_000);

    assertEquals(0, looks);
    assertEquals(0, timers.pending());
  }

  @Test
  void whileAnythingWaitsItLooksEveryQuarterSecond() {
    sweep.busy();

    timers.advance(Timeouts.SWEEP - 1);
    assertEquals(0, looks);
    timers.advance(1);
    assertEquals(1, looks);
    timers.advance(10_000);
    assertEquals(41, looks);
  }

  @Test
  void itStopsOnceNothingWaits() {
    waitingFor = 3;
    sweep.busy();

    timers.advance(60_000);

    assertEquals(3, looks);
    assertEquals(0, timers.pending());
  }

  @Test
  void itStartsAgainWhenSomethingWaitsAgain() {
    waitingFor = 1;
    sweep.busy();
    timers.advance(1000);
    assertEquals(1, looks);

    waitingFor = 3;
    sweep.busy();
    timers.advance(1000);

    assertEquals(3, looks);
  }

  @Test
  void moreWaitingAddsNoSecondTimer() {
    sweep.busy();
    sweep.busy();
    sweep.busy();

    timers.advance(Timeouts.SWEEP);

    assertEquals(1, looks);
    assertEquals(1, timers.pending());
  }
}
