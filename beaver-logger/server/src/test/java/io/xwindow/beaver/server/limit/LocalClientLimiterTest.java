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
    LocalClientLimiter limiter = new LocalClientLimiter(new ClientRate(2, 1000, Duration.ofSeconds(10)), clock, 100);

    assertEquals(0, limiter.tryTake("a", 10));
    assertEquals(0, limiter.tryTake("a", 10));
    long wait = limiter.tryTake("a", 10);
    assertEquals(0, limiter.tryTake("b", 10));
    now += TimeUnit.SECONDS.toNanos(5);
    assertEquals(0, limiter.tryTake("a", 10));

    assertTrue(wait > TimeUnit.SECONDS.toNanos(4) && wait <= TimeUnit.SECONDS.toNanos(5), "wait " + wait);
  }

  @Test
  void bytesCountAsWellAsRequestsAndARefusedRequestTakesNothing() {
    LocalClientLimiter limiter = new LocalClientLimiter(new ClientRate(100, 1000, Duration.ofSeconds(10)), clock, 100);

    assertEquals(0, limiter.tryTake("a", 900));
    long wait = limiter.tryTake("a", 200); // 100 bytes left
    assertEquals(0, limiter.tryTake("a", 100), "the refused request took neither a request nor bytes");
    now += TimeUnit.SECONDS.toNanos(2); // 200 bytes back
    assertEquals(0, limiter.tryTake("a", 200));

    assertTrue(wait > TimeUnit.SECONDS.toNanos(0) && wait <= TimeUnit.SECONDS.toNanos(1), "wait " + wait);
  }

  @Test
  void aBodyLargerThanTheWholeByteAllowanceTakesAllOfIt() {
    LocalClientLimiter limiter = new LocalClientLimiter(new ClientRate(100, 1000, Duration.ofSeconds(10)), clock, 100);

    assertEquals(0, limiter.tryTake("a", 5000));
    assertTrue(limiter.tryTake("a", 1) > 0);
  }
}
