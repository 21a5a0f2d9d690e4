package io.xwindow.beaver.server.limit;

import java.time.Duration;

/**
 * A client's allowance: {@code requests} and {@code bytes} of body per {@code period}, refilled
 * continuously, with a burst of the whole allowance at once. A request takes one request and its
 * body's bytes (a body larger than the whole byte allowance takes all of it).
 *
 * @param requests requests per period, at least 1
 * @param bytes body bytes per period, at least 1
 * @param period the refill period, positive
 */
public record ClientRate(long requests, long bytes, Duration period) {
  /** Bytes allowed per request when only a request rate is given: 64 KiB on average. */
  public static final long DEFAULT_BYTES_PER_REQUEST = 64 * 1024;

  /** Checks the allowance. */
  public ClientRate {
    if (requests < 1 || bytes < 1) {
      throw new IllegalArgumentException("a rate needs at least 1 request and 1 byte: " + requests + ", " + bytes);
    }
    if (period == null || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the period must be positive: " + period);
    }
    if (bytes > period.toNanos() || requests > period.toNanos()) {
      // Bucket4j refills at most one token a nanosecond
      throw new IllegalArgumentException(
          "a rate can be at most one byte (and one request) a nanosecond: " + bytes + " bytes in " + period);
    }
  }

  /**
   * {@code requests} per {@code period} with {@value #DEFAULT_BYTES_PER_REQUEST} bytes per request
   * on average (at most one byte a nanosecond).
   */
  public static ClientRate ofRequests(long requests, Duration period) {
    long bytes = requests > Long.MAX_VALUE / DEFAULT_BYTES_PER_REQUEST ? Long.MAX_VALUE : requests * DEFAULT_BYTES_PER_REQUEST;
    return new ClientRate(requests, Math.min(bytes, period.toNanos()), period);
  }

  /** The bytes one request takes: its size, at least 1, at most the whole allowance. */
  public long bytesTaken(long size) {
    return Math.max(1, Math.min(size, bytes));
  }
}
