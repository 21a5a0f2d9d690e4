package io.xwindow.beaver.buffer;

/**
 * What waits to be sent, as JSON texts of beaver's three kinds (events, tracking entries,
 * metrics), oldest first, bounded by a count and a size: past either bound the oldest go and are
 * counted as dropped. Batches are cut from it in beaver's wire:
 * {@code {"events":[...],"meta":{...,"batchId":"...","dropped":n},"tracking":[...],"metrics":[...]}},
 * each with an id (the server's idempotency key) and the count of entries dropped since the last
 * batch (from the full buffer, or in batches the server refused for good).
 */
public final class Buffer {
  /** The kind of an event {@code {"level","event","payload"}}. */
  public static final String EVENT = "e";
  /** The kind of a tracking entry. */
  public static final String TRACKING = "t";
  /** The kind of a metric (beaver 5). */
  public static final String METRIC = "m";

  // One list for the three kinds, each entry its kind's letter then its JSON: one bound and one
  // order for all, and a third of the code of three lists.
  private final Lines lines;
  private int maxEntries;
  private int maxChars;
  private int chars;
  private int dropped;

  /** Keeps at most {@code maxEntries} entries of {@code maxChars} characters in all, in {@code lines}. */
  public Buffer(Lines lines, int maxEntries, int maxChars) {
    this.lines = lines;
    bound(maxEntries, maxChars);
  }

  /** Sets new bounds; they apply from the next {@link #add}. */
  public void bound(int maxEntries, int maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  /** Appends one entry of {@code kind} ({@link #EVENT}...), dropping the oldest while a bound is passed. */
  public void add(String kind, String json) {
    String line = kind + json;
    lines.add(line);
    chars += line.length();
    int over = 0;
    int freed = 0;
    while (over < lines.size() && (lines.size() - over > maxEntries || chars - freed > maxChars)) {
      freed += lines.get(over).length();
      over++;
    }
    lines.removeFirst(over);
    chars -= freed;
    dropped += over;
  }

  /** Whether nothing waits. */
  public boolean isEmpty() {
    return lines.size() == 0;
  }

  /** How many entries wait. */
  public int size() {
    return lines.size();
  }

  /** Counts {@code count} entries as dropped (their batch was refused for good). */
  public void lost(int count) {
    dropped += count;
  }

  /**
   * Removes the oldest entries that fit in a batch of about {@code budget} characters (at least
   * one) and returns that batch, with {@code id} and the page's {@code metaJson} (a JSON object
   * text); null when nothing waits.
   */
  public Batch next(String id, String metaJson, int budget) {
    if (isEmpty()) {
      return null;
    }
    String events = "";
    String tracking = "";
    String metrics = "";
    int used = metaJson.length() + 120;
    int count = 0;
    while (count < lines.size()) {
      String line = lines.get(count);
      if (count > 0 && used + line.length() > budget) {
        break;
      }
      used += line.length();
      chars -= line.length();
      String json = line.substring(1);
      if (line.startsWith(EVENT)) {
        events = events.isEmpty() ? json : events + "," + json;
      } else if (line.startsWith(TRACKING)) {
        tracking = tracking.isEmpty() ? json : tracking + "," + json;
      } else {
        metrics = metrics.isEmpty() ? json : metrics + "," + json;
      }
      count++;
    }
    lines.removeFirst(count);
    // ours last: a page's own meta key of the same name cannot hide them
    String meta = (metaJson.length() > 2 ? metaJson.substring(0, metaJson.length() - 1) + "," : "{")
        + "\"batchId\":\"" + id + "\",\"dropped\":" + dropped + "}";
    dropped = 0;
    return new Batch(id, "{\"events\":[" + events + "],\"meta\":" + meta + ",\"tracking\":["
        + tracking + "],\"metrics\":[" + metrics + "]}", count);
  }
}
