package io.xwindow.beaver.server.dedup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Batch ids in this JVM: at most {@code maxIds}, each forgotten {@code window} after it came. */
public final class LocalBatchIds implements BatchIds {
  private final Cache<ClientBatch, Boolean> seen;

  private record ClientBatch(String client, String id) {}

  /** Remembers up to {@code maxIds} ids for {@code window}, on {@code ticker}'s time. */
  public LocalBatchIds(Duration window, long maxIds, Ticker ticker) {
    this.seen = Caffeine.newBuilder().maximumSize(maxIds).expireAfterWrite(window).ticker(ticker).build();
  }

  /** Remembers up to {@code maxIds} ids for {@code window}. */
  public LocalBatchIds(Duration window, long maxIds) {
    this(window, maxIds, Ticker.systemTicker());
  }

  @Override
  public boolean claim(String client, String id) {
    return seen.asMap().putIfAbsent(new ClientBatch(client, id), Boolean.TRUE) == null;
  }

  @Override
  public void release(String client, String id) {
    seen.invalidate(new ClientBatch(client, id));
  }
}
