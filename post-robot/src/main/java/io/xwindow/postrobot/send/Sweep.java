package io.xwindow.postrobot.send;

import io.xwindow.postrobot.time.Timers;
import jsinterop.annotations.JsFunction;

/**
 * When to look for closed windows and missed acknowledgements: every {@link Timeouts#SWEEP} ms
 * while anything waits on another window (a request, a function handed out), and never while
 * nothing does, so that an idle page runs no timer of ours.
 */
public final class Sweep {
  /** One look; true while anything still waits on another window. */
  @JsFunction
  public interface Round {
    boolean look();
  }

  private final Timers timers;
  private final Round round;
  private double interval;

  public Sweep(Timers timers, Round round) {
    this.timers = timers;
    this.round = round;
  }

  /** Something now waits on another window: the sweeps start, unless they run already. */
  public void busy() {
    if (interval == 0) {
      interval = timers.every(Timeouts.SWEEP, this::sweep);
    }
  }

  private void sweep() {
    if (!round.look()) {
      timers.cancel(interval);
      interval = 0;
    }
  }
}
