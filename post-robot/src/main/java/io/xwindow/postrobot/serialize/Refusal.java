package io.xwindow.postrobot.serialize;

/**
 * What {@link Codec#encode} or {@link Codec#decode} returns instead of a value that cannot
 * cross windows, with the reason. A value of its own, returned with the result rather than
 * kept in a field, so that no failure outlives the call that made it. Never user data: only
 * the codec makes one.
 */
public final class Refusal {
  /** Why the value was refused; the message of the {@code BAD_VALUE} error it becomes. */
  public final String reason;

  Refusal(String reason) {
    this.reason = reason;
  }

  /** True when {@code result}, from the codec, is a refusal rather than a value. */
  public static boolean is(Object result) {
    return result instanceof Refusal;
  }
}
