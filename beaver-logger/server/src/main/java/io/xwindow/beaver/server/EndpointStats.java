package io.xwindow.beaver.server;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the endpoint took and refused since it started, for metrics and tests. Safe to read from
 * any thread while requests run.
 */
public final class EndpointStats {
  private final LongAdder batches = new LongAdder();
  private final LongAdder events = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder shed = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder clientDropped = new LongAdder();
  private final LongAdder cut = new LongAdder();
  private final LongAdder withoutRedis = new LongAdder();
  private final Map<ErrorCode, LongAdder> refused = new EnumMap<>(ErrorCode.class);

  EndpointStats() {
    for (ErrorCode code : ErrorCode.values()) {
      refused.put(code, new LongAdder());
    }
  }

  void taken(int eventCount, int skippedCount, int shedCount, long droppedByClient, long cutBytes) {
    batches.increment();
    events.add(eventCount);
    skipped.add(skippedCount);
    shed.add(shedCount);
    clientDropped.add(droppedByClient);
    cut.add(cutBytes);
  }

  void duplicate() {
    duplicates.increment();
  }

  void decidedAlone() {
    withoutRedis.increment();
  }

  void refused(ErrorCode code) {
    refused.get(code).increment();
  }

  /** Batches taken (logged). */
  public long batches() {
    return batches.sum();
  }

  /** Events handed to the sink. */
  public long events() {
    return events.sum();
  }

  /** Entries left out for a wrong shape. */
  public long skipped() {
    return skipped.sum();
  }

  /** Debug and info events shed because the sink was saturated. */
  public long shed() {
    return shed.sum();
  }

  /** Batches not logged again because their id was already logged. */
  public long duplicates() {
    return duplicates.sum();
  }

  /** Events that clients report they dropped from a full buffer ({@code meta.dropped}). */
  public long droppedByClients() {
    return clientDropped.sum();
  }

  /** About how many bytes of entries were cut to fit the entry limit. */
  public long cut() {
    return cut.sum();
  }

  /**
   * Requests whose rate and batch id this instance decided alone although Redis is configured,
   * because Redis failed, was late, or its circuit breaker was open.
   */
  public long decidedWithoutRedis() {
    return withoutRedis.sum();
  }

  /** Requests refused with {@code code}. */
  public long refusedWith(ErrorCode code) {
    return refused.get(code).sum();
  }
}
