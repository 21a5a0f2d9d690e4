package io.xwindow.beaver.server.wire;

/**
 * How much of a batch is kept, whatever a client sends: each entry (an event, a tracking entry, a
 * metric, the meta) at most {@code maxEntryBytes} of JSON text, a batch at most {@code maxEntries}
 * entries. What an entry loses is counted on it ({@link Event#cut()}, {@link Batch#cut()}); entries
 * past the batch's limit are skipped and counted. Values nested deeper than {@link #MAX_DEPTH} are
 * cut too. These bounds, with the body limit, are what keep the log output a small multiple of the
 * input.
 *
 * @param maxEntryBytes the most JSON text kept of one entry, about
 * @param maxEntries the most entries (events, tracking entries and metrics together) kept of one batch
 */
public record ReadLimits(int maxEntryBytes, int maxEntries) {
  /** How deep values inside an entry may nest; deeper ones are cut. */
  public static final int MAX_DEPTH = 16;

  /** 16 KiB per entry, 10,000 entries per batch. */
  public static ReadLimits defaults() {
    return new ReadLimits(16 * 1024, 10_000);
  }

  /** Checks the bounds. */
  public ReadLimits {
    if (maxEntryBytes < 256) {
      throw new IllegalArgumentException("maxEntryBytes must be at least 256: " + maxEntryBytes);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
  }
}
