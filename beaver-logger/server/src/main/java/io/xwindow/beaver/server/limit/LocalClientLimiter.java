package io.xwindow.beaver.server.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * One Bucket4j bucket per client, in this JVM; buckets of clients that went quiet expire, so
 * the memory is bounded however many clients come.
 */
public final class LocalClientLimiter implements ClientLimiter {
  private final BucketConfiguration configuration;
  private final TimeMeter clock;
  private final Cache<String, Bucket> buckets;

  /** Limits every client to {@code configuration}, measuring time with {@code clock}. */
  public LocalClientLimiter(BucketConfiguration configuration, TimeMeter clock, int maxClients) {
    this.configuration = configuration;
    this.clock = clock;
    this.buckets =
        Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(Duration.ofMinutes(10)).build();
  }

  /** Limits every client to {@code configuration} on the system clock, for up to 100,000 clients. */
  public LocalClientLimiter(BucketConfiguration configuration) {
    this(configuration, TimeMeter.SYSTEM_NANOTIME, 100_000);
  }

  private Bucket newBucket() {
    var builder = Bucket.builder().withCustomTimePrecision(clock);
    for (var bandwidth : configuration.getBandwidths()) {
      builder.addLimit(bandwidth);
    }
    return builder.build();
  }

  @Override
  public long tryTake(String client) {
    Bucket bucket =
        buckets.get(client, key -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }
}
