package io.xwindow.beaver.server.dedup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalBatchIdsTest {
  private long now;

  @Test
  void anIdIsNewOnceWithinTheWindowAndNewAgainAfterIt() {
    LocalBatchIds ids = new LocalBatchIds(Duration.ofMinutes(10), 1000, () -> now);

    assertTrue(ids.claim("10.0.0.1", "b1"));
    assertFalse(ids.claim("10.0.0.1", "b1"));
    now += TimeUnit.MINUTES.toNanos(11);
    assertTrue(ids.claim("10.0.0.1", "b1"));
  }

  @Test
  void aReleasedIdIsNewAgain() {
    LocalBatchIds ids = new LocalBatchIds(Duration.ofMinutes(10), 1000, () -> now);
    ids.claim("10.0.0.1", "b1");
    ids.release("10.0.0.1", "b1");
    assertTrue(ids.claim("10.0.0.1", "b1"));
  }

  @Test
  void anIdAnotherClientSentDoesNotSuppressThisClientsBatch() {
    LocalBatchIds ids = new LocalBatchIds(Duration.ofMinutes(10), 1000, () -> now);

    assertTrue(ids.claim("attacker", "b1"));
    assertTrue(ids.claim("victim", "b1"));
    assertFalse(ids.claim("victim", "b1"));
  }
}
