package io.xwindow.beaver.server.limit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** How many requests a client may make: takes one for {@code client} if its rate allows. */
public interface ClientLimiter {
  /** Never refuses. */
  ClientLimiter NONE = client -> 0;

  /**
   * Takes one request from {@code client}'s allowance: 0 when it may go on, else how many
   * nanoseconds until it may.
   */
  long tryTake(String client);

  /**
   * The Bucket4j configuration of a rate of {@code requests} per {@code period}, with a burst of
   * as many at once.
   */
  static BucketConfiguration rate(long requests, Duration period) {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
        .build();
  }
}
