package io.xwindow.postrobot.send;

/** How long a sender waits, in milliseconds: post-robot 10's figures. */
public final class Timeouts {
  /** For the acknowledgement of a window never heard from. */
  public static final int ACK_UNKNOWN = 2000;
  /** For the acknowledgement of a window known to run post-robot. */
  public static final int ACK_KNOWN = 10000;
  /** For a child frame or popup to load post-robot and say hello. */
  public static final int CHILD_LOAD = 5000;
  /** How often closed windows are looked for, while anything waits on one. */
  public static final int SWEEP = 250;

  private Timeouts() {}

  /**
   * How long to wait for a window we have not heard from to say hello: a child of ours gets
   * {@link #CHILD_LOAD}, or the caller's {@code timeout} when given (above 0); any other window
   * {@link #ACK_UNKNOWN}.
   */
  public static double helloWait(boolean childOfOurs, double requestedTimeout) {
    if (!childOfOurs) {
      return ACK_UNKNOWN;
    }
    // as given: an (int) cast would cost the bundle J2CL's saturating conversion
    return requestedTimeout > 0 ? requestedTimeout : CHILD_LOAD;
  }
}
