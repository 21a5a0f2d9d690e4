package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One request's worth of logs, as read from the wire; what was unusable is left out and counted,
 * what was too long is cut and counted.
 *
 * @param events the events that had a usable shape
 * @param tracking the tracking entries (objects)
 * @param metrics the metrics (objects; beaver 5)
 * @param meta the batch's meta object (empty when absent)
 * @param batchId the idempotency key the client put in {@code meta.batchId}, or null
 * @param dropped how many events the client says it dropped from a full buffer ({@code meta.dropped})
 * @param skipped how many entries had a wrong shape, or came past the batch's limit, and were left out
 * @param cut about how many bytes were cut from the meta, tracking entries and metrics (each event
 *     counts its own: {@link Event#cut()})
 */
public record Batch(
    List<Event> events,
    List<ObjectNode> tracking,
    List<ObjectNode> metrics,
    ObjectNode meta,
    String batchId,
    long dropped,
    int skipped,
    long cut) {

  /** The same batch with only {@code kept} as its events. */
  public Batch withEvents(List<Event> kept) {
    return new Batch(kept, tracking, metrics, meta, batchId, dropped, skipped, cut);
  }

  /** About how many bytes were cut from the whole batch, events included. */
  public long totalCut() {
    long total = cut;
    for (Event event : events) {
      total += event.cut();
    }
    return total;
  }
}
