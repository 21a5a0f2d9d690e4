package io.xwindow.beaver.server.admit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import io.xwindow.beaver.server.dedup.LocalBatchIds;
import io.xwindow.beaver.server.limit.ClientRate;
import io.xwindow.beaver.server.limit.LocalClientLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The fleet's failure policy, with a fake Redis and a fake clock. */
class FleetAdmitterTest {
  private long now;
  private final TimeMeter meter =
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
  private final Ticker ticker = () -> now;

  /** A Redis that answers what it is told, fails, or never answers; it records what it was asked. */
  private static final class FakeRedis implements SharedAdmissions {
    final List<String> asked = new ArrayList<>();
    final List<String> released = new ArrayList<>();
    volatile String mode = "up";
    Admission answer = Admission.TAKEN;

    @Override
    public CompletableFuture<Admission> admit(String client, long bytes, String batchId) {
      asked.add(client + "/" + bytes + "/" + batchId);
      return switch (mode) {
        case "up" -> CompletableFuture.completedFuture(answer);
        case "down" -> CompletableFuture.failedFuture(new IllegalStateException("connection refused"));
        default -> new CompletableFuture<>(); // paused: never answers
      };
    }

    @Override
    public void release(String client, String batchId) {
      released.add(client + "/" + batchId);
    }
  }

  private final FakeRedis redis = new FakeRedis();
  private final AtomicInteger alone = new AtomicInteger();
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(1), () -> now);

  private FleetAdmitter admitter(ClientRate rate) {
    return new FleetAdmitter(redis, rate != null,
        rate == null ? (client, bytes) -> 0 : new LocalClientLimiter(rate, meter, 100),
        new LocalBatchIds(Duration.ofMinutes(10), 1000, ticker), breaker, Duration.ofMillis(50),
        alone::incrementAndGet);
  }

  private final FleetAdmitter fleet = admitter(new ClientRate(2, 10_000, Duration.ofMinutes(1)));

  @Test
  void whileRedisAnswersItDecidesInOneCallPerRequest() {
    redis.answer = Admission.limited(5_000);

    assertEquals(Admission.limited(5_000), fleet.admit("a", 100, "b1").join());
    assertEquals(List.of("a/100/b1"), redis.asked);
    assertEquals(0, alone.get());
  }

  @Test
  void whenRedisFailsTheRequestIsDecidedHereWithTheLocalRateAndWindow() {
    redis.mode = "down";

    assertEquals(Admission.TAKEN, fleet.admit("a", 100, "b1").join());
    assertEquals(Admission.DUPLICATE, fleet.admit("a", 100, "b1").join(), "the local window");
    assertTrue(fleet.admit("a", 100, "b2").join().limited(), "the local rate: 2 a minute");
    assertEquals(3, alone.get());
  }

  @Test
  void aRedisThatDoesNotAnswerHoldsARequestNoLongerThanTheTimeout() {
    redis.mode = "paused";

    long start = System.nanoTime();
    Admission admission = fleet.admit("a", 100, "b1").join();
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertEquals(Admission.TAKEN, admission);
    assertTrue(tookMillis >= 45 && tookMillis < 1000, "took " + tookMillis + " ms");
  }

  @Test
  void afterTheFirstFailuresRedisIsNotAskedUntilAProbeAndItComesBackByItself() {
    fleet.admit("a", 1, null).join();
    assertTrue(fleet.shared());
    redis.asked.clear();
    redis.mode = "down";
    for (int i = 0; i < 3; i++) {
      fleet.admit("a", 1, null).join();
    }
    redis.mode = "up";
    fleet.admit("a", 1, null).join();
    assertEquals(3, redis.asked.size(), "open: Redis is not asked");
    assertFalse(fleet.shared());

    now += TimeUnit.SECONDS.toNanos(1);
    fleet.admit("b", 1, null).join();

    assertEquals(4, redis.asked.size(), "the probe");
    assertTrue(fleet.shared());
    fleet.admit("b", 1, null).join();
    assertEquals(5, redis.asked.size());
  }

  @Test
  void aFailedProbeKeepsDecidingHere() {
    redis.mode = "down";
    for (int i = 0; i < 3; i++) {
      fleet.admit("a", 1, null).join();
    }
    now += TimeUnit.SECONDS.toNanos(1);
    fleet.admit("b", 1, null).join();
    fleet.admit("b", 1, null).join();

    assertEquals(4, redis.asked.size(), "one probe, then open again");
    assertFalse(fleet.shared());
  }

  @Test
  void aBatchThisInstanceTookIsADuplicateEvenIfRedisLostIt() {
    fleet.admit("a", 1, "b1").join();
    // Redis restarted empty: it says the id is new
    assertEquals(Admission.DUPLICATE, fleet.admit("a", 1, "b1").join());
  }

  @Test
  void batchIdsAreScopedByClient() {
    fleet.admit("attacker", 1, "b1").join();
    assertEquals(Admission.TAKEN, fleet.admit("victim", 1, "b1").join());
  }

  @Test
  void aBatchTakenWhileRedisWasDownIsADuplicateHereWhenItIsBack() {
    redis.mode = "down";
    fleet.admit("a", 1, "b1").join();
    redis.mode = "up";
    now += TimeUnit.SECONDS.toNanos(1);

    assertEquals(Admission.DUPLICATE, fleet.admit("a", 1, "b1").join());
  }

  @Test
  void withoutRateLimitARequestWithoutBatchIdNeedsNoRedis() {
    FleetAdmitter unlimited = admitter(null);

    assertEquals(Admission.TAKEN, unlimited.admit("a", 1, null).join());
    assertEquals(List.of(), redis.asked);
    assertEquals(0, alone.get());
  }

  @Test
  void releaseForgetsTheIdHereAndInRedis() {
    fleet.admit("a", 1, "b1").join();
    fleet.release("a", "b1");

    assertEquals(List.of("a/b1"), redis.released);
    assertEquals(Admission.TAKEN, fleet.admit("a", 1, "b1").join());
  }
}
