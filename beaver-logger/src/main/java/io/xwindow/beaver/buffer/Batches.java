package io.xwindow.beaver.buffer;

/**
 * The three buffers of beaver's wire and the batches cut from them:
 * {@code {"events":[...],"meta":{"batchId":"...","dropped":n,...},"tracking":[...],"metrics":[...]}}.
 * Each batch carries an id, the server's idempotency key, and the count of entries dropped since
 * the last batch (from full buffers, or in batches the server refused for good).
 */
public final class Batches {
  /** Events, as {@code {"level","event","payload"}} texts. */
  public final Buffer events;
  /** Tracking entries. */
  public final Buffer tracking;
  /** Metrics (beaver 5). */
  public final Buffer metrics;
  private int lost;

  /** Cuts batches from these three buffers. */
  public Batches(Buffer events, Buffer tracking, Buffer metrics) {
    this.events = events;
    this.tracking = tracking;
    this.metrics = metrics;
  }

  /** Whether nothing waits. */
  public boolean isEmpty() {
    return events.isEmpty() && tracking.isEmpty() && metrics.isEmpty();
  }

  /** Counts {@code count} entries as lost (their batch was refused for good). */
  public void lost(int count) {
    lost += count;
  }

  /**
   * The next batch of at most about {@code budget} characters, with {@code id} and the page's
   * {@code metaJson} (a JSON object text); null when nothing waits.
   */
  public Batch next(String id, String metaJson, int budget) {
    if (isEmpty()) {
      return null;
    }
    int count = events.size() + tracking.size() + metrics.size();
    int left = budget - metaJson.length() - 100;
    String eventList = events.take(left);
    left -= eventList.length();
    String trackingList = tracking.isEmpty() || left <= 0 ? "" : tracking.take(left);
    left -= trackingList.length();
    String metricList = metrics.isEmpty() || left <= 0 ? "" : metrics.take(left);
    int sent = count - events.size() - tracking.size() - metrics.size();
    int dropped = lost + events.takeDropped() + tracking.takeDropped() + metrics.takeDropped();
    lost = 0;
    // ours last: a page's own meta key of the same name cannot hide them
    String meta = (metaJson.length() > 2 ? metaJson.substring(0, metaJson.length() - 1) + "," : "{")
        + "\"batchId\":\"" + id + "\",\"dropped\":" + dropped + "}";
    String body = "{\"events\":[" + eventList + "],\"meta\":" + meta + ",\"tracking\":["
        + trackingList + "],\"metrics\":[" + metricList + "]}";
    return new Batch(id, body, sent);
  }
}
