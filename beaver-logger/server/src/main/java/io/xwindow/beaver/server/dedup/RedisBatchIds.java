package io.xwindow.beaver.server.dedup;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/**
 * Batch ids in Redis, shared by every endpoint instance: one key per id, set only if absent
 * ({@code SET NX}) and expiring after the window.
 */
public final class RedisBatchIds implements BatchIds {
  private final RedisCommands<String, String> redis;
  private final Duration window;
  private final String keyPrefix;

  /** Keeps ids under {@code keyPrefix + id} for {@code window}. */
  public RedisBatchIds(RedisCommands<String, String> redis, Duration window, String keyPrefix) {
    this.redis = redis;
    this.window = window;
    this.keyPrefix = keyPrefix;
  }

  @Override
  public boolean claim(String id) {
    return "OK".equals(redis.set(keyPrefix + id, "1", SetArgs.Builder.nx().px(window.toMillis())));
  }

  @Override
  public void release(String id) {
    redis.del(keyPrefix + id);
  }
}
