package io.xwindow.beaver.buffer;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * What waits to be sent, as JSON texts of beaver's three kinds (events, tracking entries,
 * metrics), oldest first, bounded by a count and a size: past either bound the oldest go and are
 * counted as dropped. Batches are cut from it in beaver's wire:
 * {@code {"events":[...],"meta":{...,"batchId":"...","dropped":n},"tracking":[...],"metrics":[...]}},
 * each with an id (the server's idempotency key) and the count of entries dropped since the last
 * batch (from the full buffer, or in batches the server refused for good).
 *
 * <p>A plain JavaScript object in the browser, its methods overlays: a class of ours would bring
 * J2CL's {@code Object} (its {@code toString}, class metadata and Closure's inheritance runtime,
 * about 560 B) into the bundle. Hence {@link #of} rather than a constructor, and no final fields.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Buffer {
  /** The kind of an event {@code {"level","event","payload"}}. */
  @JsOverlay
  public static final String EVENT = "e";
  /** The kind of a tracking entry. */
  @JsOverlay
  public static final String TRACKING = "t";
  /** The kind of a metric (beaver 5). */
  @JsOverlay
  public static final String METRIC = "m";

  // One list for the three kinds, each entry its kind's letter then its JSON: one bound and one
  // order for all, and a third of the code of three lists.
  private Lines queue;
  private int maxEntries;
  private int maxChars;
  private int chars;
  private int dropped;

  /** Keeps at most {@code maxEntries} entries of {@code maxChars} characters in all, in {@code queue}. */
  @JsOverlay
  public static Buffer of(Lines queue, int maxEntries, int maxChars) {
    Buffer buffer = new Buffer();
    buffer.queue = queue;
    buffer.chars = 0;
    buffer.dropped = 0;
    buffer.bound(maxEntries, maxChars);
    return buffer;
  }

  /** Sets new bounds; they apply from the next {@link #add}. */
  @JsOverlay
  public void bound(int maxEntries, int maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  /** Appends one entry of {@code kind} ({@link #EVENT}...), dropping the oldest while a bound is passed. */
  @JsOverlay
  public void add(String kind, String json) {
    String line = kind + json;
    queue.add(line);
    chars += line.length();
    int over = 0;
    int freed = 0;
    while (over < queue.size() && (queue.size() - over > maxEntries || chars - freed > maxChars)) {
      freed += queue.get(over).length();
      over++;
    }
    queue.splice(0, over);
    chars -= freed;
    dropped += over;
  }

  /** Whether nothing waits. */
  @JsOverlay
  public boolean isEmpty() {
    return queue.size() == 0;
  }

  /** How many entries wait. */
  @JsOverlay
  public int size() {
    return queue.size();
  }

  /** Counts {@code count} entries as dropped (their batch was refused for good). */
  @JsOverlay
  public void lost(int count) {
    dropped += count;
  }

  /**
   * Removes the oldest entries that fit in a batch of about {@code budget} characters (at least
   * one) and returns that batch, with {@code id} and the page's {@code metaJson} (a JSON object
   * text); null when nothing waits.
   */
  @JsOverlay
  public Batch next(String id, String metaJson, int budget) {
    if (isEmpty()) {
      return null;
    }
    String events = "";
    String tracking = "";
    String metrics = "";
    int used = metaJson.length() + 120;
    int count = 0;
    while (count < queue.size()) {
      String line = queue.get(count);
      if (count > 0 && used + line.length() > budget) {
        break;
      }
      used += line.length();
      chars -= line.length();
      String json = line.substring(1);
      if (line.lastIndexOf(EVENT, 0) == 0) { // starts with it: a smaller bundle than startsWith
        events = events.isEmpty() ? json : events + "," + json;
      } else if (line.lastIndexOf(TRACKING, 0) == 0) {
        tracking = tracking.isEmpty() ? json : tracking + "," + json;
      } else {
        metrics = metrics.isEmpty() ? json : metrics + "," + json;
      }
      count++;
    }
    queue.splice(0, count);
    // ours last: a page's own meta key of the same name cannot hide them
    String meta = (metaJson.length() > 2 ? metaJson.substring(0, metaJson.length() - 1) + "," : "{")
        + "\"batchId\":\"" + id + "\",\"dropped\":" + dropped + "}";
    dropped = 0;
    return Batch.of("{\"events\":[" + events + "],\"meta\":" + meta + ",\"tracking\":["
        + tracking + "],\"metrics\":[" + metrics + "]}", count);
  }
}
