package io.xwindow.beaver.server.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Two Bucket4j buckets per client, requests and bytes, in this JVM; buckets of clients that went
 * quiet expire, so the memory is bounded however many clients come.
 */
public final class LocalClientLimiter implements ClientLimiter {
  private final ClientRate rate;
  private final TimeMeter clock;
  private final Cache<String, Buckets> buckets;

  private record Buckets(Bucket requests, Bucket bytes) {}

  /** Limits every client to {@code rate}, measuring time with {@code clock}, for up to {@code maxClients}. */
  public LocalClientLimiter(ClientRate rate, TimeMeter clock, int maxClients) {
    this.rate = rate;
    this.clock = clock;
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(maxClients)
            .expireAfterAccess(rate.period().plusMinutes(1))
            .build();
  }

  /** Limits every client to {@code rate} on the system clock, for up to 100,000 clients. */
  public LocalClientLimiter(ClientRate rate) {
    this(rate, TimeMeter.SYSTEM_NANOTIME, 100_000);
  }

  private Bucket bucket(long capacity) {
    return Bucket.builder()
        .withCustomTimePrecision(clock)
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, rate.period()).build())
        .build();
  }

  @Override
  public long tryTake(String client, long bytes) {
    Buckets mine = buckets.get(client, key -> new Buckets(bucket(rate.requests()), bucket(rate.bytes())));
    ConsumptionProbe request = mine.requests().tryConsumeAndReturnRemaining(1);
    if (!request.isConsumed()) {
      return Math.max(1, request.getNanosToWaitForRefill());
    }
    ConsumptionProbe body = mine.bytes().tryConsumeAndReturnRemaining(rate.bytesTaken(bytes));
    if (!body.isConsumed()) {
      mine.requests().addTokens(1); // a refused request takes nothing
      return Math.max(1, body.getNanosToWaitForRefill());
    }
    return 0;
  }
}
