package io.xwindow.beaver.server.limit;

import io.xwindow.beaver.server.wire.Event;
import io.xwindow.beaver.server.wire.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Sheds the least severe events first when the sink falls behind: at or above a threshold of lines
 * or of bytes waiting, debug and info are dropped and warn and error still go through. Warn and
 * error are bounded by the sink itself, which refuses a batch it has no room for (the client then
 * retries it later) rather than drop it.
 */
public final class LoadShedder {
  private final IntSupplier lines;
  private final LongSupplier bytes;
  private final int lineThreshold;
  private final long byteThreshold;

  /**
   * Sheds when {@code lines} reports {@code lineThreshold} or more lines waiting, or {@code bytes}
   * reports {@code byteThreshold} or more bytes.
   */
  public LoadShedder(IntSupplier lines, LongSupplier bytes, int lineThreshold, long byteThreshold) {
    if (lineThreshold < 1 || byteThreshold < 1) {
      throw new IllegalArgumentException(
          "thresholds must be at least 1: " + lineThreshold + " lines, " + byteThreshold + " bytes");
    }
    this.lines = lines;
    this.bytes = bytes;
    this.lineThreshold = lineThreshold;
    this.byteThreshold = byteThreshold;
  }

  /** Whether the sink is saturated now. */
  public boolean saturated() {
    return lines.getAsInt() >= lineThreshold || bytes.getAsLong() >= byteThreshold;
  }

  /** {@code events} less what is shed now: all of them, or those at warn and above. */
  public List<Event> keep(List<Event> events) {
    if (!saturated()) {
      return events;
    }
    List<Event> kept = new ArrayList<>(events.size());
    for (Event event : events) {
      if (event.level().compareTo(Level.WARN) >= 0) {
        kept.add(event);
      }
    }
    return kept;
  }
}
