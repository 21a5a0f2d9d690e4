package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One request's worth of logs, as read from the wire; what was unusable is left out and counted.
 *
 * @param events the events that had a usable shape
 * @param tracking the tracking entries (objects)
 * @param metrics the metrics (objects; beaver 5)
 * @param meta the batch's meta object (empty when absent)
 * @param batchId the idempotency key the client put in {@code meta.batchId}, or null
 * @param dropped how many events the client says it dropped from a full buffer ({@code meta.dropped})
 * @param skipped how many entries had a wrong shape and were left out
 */
public record Batch(
    List<Event> events,
    List<ObjectNode> tracking,
    List<ObjectNode> metrics,
    ObjectNode meta,
    String batchId,
    long dropped,
    int skipped) {

  /** The same batch with only {@code kept} as its events. */
  public Batch withEvents(List<Event> kept) {
    return new Batch(kept, tracking, metrics, meta, batchId, dropped, skipped);
  }
}
