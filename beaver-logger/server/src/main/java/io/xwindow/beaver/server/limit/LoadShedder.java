package io.xwindow.beaver.server.limit;

import io.xwindow.beaver.server.wire.Event;
import io.xwindow.beaver.server.wire.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Sheds the least severe events first when the sink falls behind: at or above {@code threshold}
 * events waiting, debug and info are dropped and warn and error still go through.
 */
public final class LoadShedder {
  private final IntSupplier backlog;
  private final int threshold;

  /** Sheds when {@code backlog} reports {@code threshold} or more events waiting. */
  public LoadShedder(IntSupplier backlog, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
    }
    this.backlog = backlog;
    this.threshold = threshold;
  }

  /** Whether the sink is saturated now. */
  public boolean saturated() {
    return backlog.getAsInt() >= threshold;
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
