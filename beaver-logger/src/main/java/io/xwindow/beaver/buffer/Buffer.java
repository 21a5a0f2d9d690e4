package io.xwindow.beaver.buffer;

/**
 * One kind of entry (events, tracking or metrics) as JSON texts, bounded by a count and a size:
 * past either bound the oldest go, and are counted as dropped.
 */
public final class Buffer {
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

  /** Appends one entry, dropping the oldest while a bound is passed. */
  public void add(String json) {
    lines.add(json);
    chars += json.length();
    int over = 0;
    int freed = 0;
    while (over < lines.size() && (lines.size() - over > maxEntries || chars - freed > maxChars)) {
      freed += lines.get(over).length();
      over++;
    }
    if (over > 0) {
      lines.removeFirst(over);
      chars -= freed;
      dropped += over;
    }
  }

  /** Whether nothing waits. */
  public boolean isEmpty() {
    return lines.size() == 0;
  }

  /** How many entries wait. */
  public int size() {
    return lines.size();
  }

  /**
   * Removes the oldest entries whose texts fit in {@code budget} characters (at least one, when
   * any waits) and returns them joined by commas, the inside of a JSON array.
   */
  public String take(int budget) {
    String joined = "";
    int count = 0;
    int used = 0;
    while (count < lines.size()) {
      String next = lines.get(count);
      if (count > 0 && used + next.length() + 1 > budget) {
        break;
      }
      joined = count == 0 ? next : joined + "," + next;
      used += next.length() + 1;
      count++;
    }
    lines.removeFirst(count);
    chars -= used - count;
    return joined;
  }

  /** The number of entries dropped since the last call, which resets it. */
  public int takeDropped() {
    int count = dropped;
    dropped = 0;
    return count;
  }
}
