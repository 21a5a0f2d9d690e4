package io.xwindow.beaver.server.limit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One Bucket4j bucket per client, kept in Redis through Bucket4j's Lettuce integration, so every
 * endpoint instance sharing the Redis shares each client's rate.
 */
public final class RedisClientLimiter implements ClientLimiter {
  private final ProxyManager<byte[]> buckets;
  private final BucketConfiguration configuration;
  private final String keyPrefix;

  /** Keeps buckets under {@code keyPrefix + client} in the Redis behind {@code connection}. */
  public RedisClientLimiter(
      StatefulRedisConnection<byte[], byte[]> connection, BucketConfiguration configuration, String keyPrefix) {
    this.buckets =
        Bucket4jLettuce.casBasedBuilder(connection)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
            .build();
    this.configuration = configuration;
    this.keyPrefix = keyPrefix;
  }

  @Override
  public long tryTake(String client) {
    byte[] key = (keyPrefix + client).getBytes(StandardCharsets.UTF_8);
    ConsumptionProbe probe =
        buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
  }
}
