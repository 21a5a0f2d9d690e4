package io.xwindow.postrobot.send;

import io.xwindow.base.time.Task;
import io.xwindow.base.time.Timers;

/**
 * Where a request stands, apart from the browser (tested on the JVM with timers on a clock the
 * test holds): posted, acknowledged, settled; and what a sweep finds for it. A request posted and
 * not acknowledged within {@link Timeouts#ACK_KNOWN} has missed its acknowledgement; one whose
 * window closed fails, before or after its acknowledgement; one posted with a timeout fails when
 * the timeout runs out before it settles.
 */
class RequestState {
  /** What a sweep finds: nothing to do. */
  static final int WAITING = 0;
  /** What a sweep finds: the window closed before it answered. */
  static final int WINDOW_CLOSED = 1;
  /** What a sweep finds: no acknowledgement in time. */
  static final int MISSED_ACK = 2;

  private boolean acked;
  private boolean done;
  /** When it misses its acknowledgement; 0 until it is posted. */
  private double ackDeadline;
  /** The timer of its response timeout; 0 when it has none. */
  private double responseTimer;

  /**
   * It was posted now: its acknowledgement is due within {@link Timeouts#ACK_KNOWN} (checked by
   * the sweep, not by a timer of its own: a timer set and cleared for every request costs more
   * than the rest of a round trip on a private channel), and with a {@code timeout} above 0,
   * {@code onTimeout} runs if it has not settled by then.
   */
  final void posted(Timers timers, double timeout, Task onTimeout) {
    ackDeadline = timers.now() + Timeouts.ACK_KNOWN;
    if (timeout > 0) {
      responseTimer = timers.later(timeout, onTimeout);
    }
  }

  /** Its acknowledgement arrived. */
  final void acknowledged() {
    acked = true;
  }

  final boolean acked() {
    return acked;
  }

  final boolean done() {
    return done;
  }

  /**
   * Marks it settled, and cancels its response timeout; false if it already was (a late answer,
   * or a second failure).
   */
  final boolean settle(Timers timers) {
    if (done) {
      return false;
    }
    done = true;
    if (responseTimer != 0) {
      timers.cancel(responseTimer);
    }
    return true;
  }

  /** What a sweep at {@code now} finds, its window closed or not. */
  final int check(double now, boolean windowClosed) {
    if (done) {
      return WAITING;
    }
    if (windowClosed) {
      return WINDOW_CLOSED;
    }
    return !acked && ackDeadline > 0 && now >= ackDeadline ? MISSED_ACK : WAITING;
  }
}
