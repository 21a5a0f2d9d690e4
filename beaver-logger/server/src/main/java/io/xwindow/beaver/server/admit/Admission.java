package io.xwindow.beaver.server.admit;

/**
 * What was decided for one request: taken, refused for its client's rate, or taken as a batch the
 * client already sent.
 *
 * @param waitNanos 0 when the request is within its client's rate, else how long until it would be
 * @param duplicate whether the client sent this batch id before within the window (then nothing is logged)
 */
public record Admission(long waitNanos, boolean duplicate) {
  /** A request within its rate, with a new batch id or none. */
  public static final Admission TAKEN = new Admission(0, false);

  /** A request within its rate whose batch id its client already sent. */
  public static final Admission DUPLICATE = new Admission(0, true);

  /** A request over its client's rate, which may come back in {@code waitNanos}. */
  public static Admission limited(long waitNanos) {
    return new Admission(Math.max(1, waitNanos), false);
  }

  /** Whether the request is over its client's rate. */
  public boolean limited() {
    return waitNanos > 0;
  }
}
