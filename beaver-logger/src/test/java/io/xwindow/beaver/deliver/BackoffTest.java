package io.xwindow.beaver.deliver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void delaysDoubleFromOneSecondUpToAMinuteWithHalfOfEachRandom() {
    assertEquals(500, Backoff.delay(1, 0, 0));
    assertEquals(1000, Backoff.delay(1, 0, 1));
    assertEquals(4000, Backoff.delay(3, 0, 0.5) * 4000 / 3000);
    assertEquals(30_000, Backoff.delay(30, 0, 0));
    assertEquals(60_000, Backoff.delay(30, 0, 1));
  }

  @Test
  void retryAfterIsAFloorCappedAtTenMinutes() {
    assertEquals(7000, Backoff.delay(1, 7000, 0.5));
    assertEquals(600_000, Backoff.delay(1, 86_400_000, 0.5));
  }

  @Test
  void networkErrorsTimeoutsRateLimitsAndServerErrorsAreRetried() {
    for (int status : new int[] {0, 408, 429, 500, 502, 503}) {
      assertTrue(Backoff.retryable(status), "" + status);
    }
    for (int status : new int[] {400, 403, 404, 413, 415}) {
      assertFalse(Backoff.retryable(status), "" + status);
    }
  }
}
