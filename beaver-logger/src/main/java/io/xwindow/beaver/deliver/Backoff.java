package io.xwindow.beaver.deliver;

/**
 * How long to wait before retrying a failed batch: exponential from 1 s, capped at 60 s, with
 * "equal jitter" (half the delay fixed, half random) so a fleet of pages does not come back to a
 * recovering endpoint in step; never sooner than the server's Retry-After.
 */
public final class Backoff {
  static final double FIRST = 1000;
  static final double CAP = 60_000;
  /** A Retry-After longer than this is taken as this: a page may not live longer. */
  static final double MAX_RETRY_AFTER = 600_000;

  private Backoff() {}

  /** The delay before retry number {@code attempt} (1 for the first), with {@code random} in [0, 1). */
  public static double delay(int attempt, double retryAfterMillis, double random) {
    double exponential = Math.min(CAP, FIRST * Math.pow(2, Math.min(attempt - 1, 16)));
    double jittered = exponential / 2 + random * exponential / 2;
    return Math.max(jittered, Math.min(retryAfterMillis, MAX_RETRY_AFTER));
  }

  /** Whether a batch answered {@code status} should be sent again: network errors, 408, 429, 5xx. */
  public static boolean retryable(int status) {
    return status == 0 || status == 408 || status == 429 || status >= 500;
  }
}
