package io.xwindow.beaver.server.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalClientLimiterTest {
  private long now;
  private final TimeMeter clock =
      new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return now;
        }

        @Override
        public boolean isWallClockBased() {
          return false;
        }
      };

  @Test
  void eachClientHasItsOwnRateThatRefillsWithTime() {
    LocalClientLimiter limiter = new LocalClientLimiter(ClientLimiter.rate(2, Duration.ofSeconds(10)), clock, 100);

    assertEquals(0, limiter.tryTake("a"));
    assertEquals(0, limiter.tryTake("a"));
    long wait = limiter.tryTake("a");
    assertEquals(0, limiter.tryTake("b"));
    now += TimeUnit.SECONDS.toNanos(5);
    assertEquals(0, limiter.tryTake("a"));

    assertTrue(wait > TimeUnit.SECONDS.toNanos(4) && wait <= TimeUnit.SECONDS.toNanos(5), "wait " + wait);
  }
}
