package io.xwindow.postrobot.send;

/**
 * Where a request stands, apart from the browser (tested on the JVM with a clock the test
 * holds): posted, acknowledged, settled; and what a sweep finds for it. A request posted and not
 * acknowledged within {@link Timeouts#ACK_KNOWN} has missed its acknowledgement; one whose
 * window closed fails, before or after its acknowledgement.
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

  /** It was posted at {@code now}. */
  final void posted(double now) {
    ackDeadline = now + Timeouts.ACK_KNOWN;
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

  /** Marks it settled; false if it already was (a late answer, or a second failure). */
  final boolean settle() {
    if (done) {
      return false;
    }
    done = true;
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
