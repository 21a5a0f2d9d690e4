package io.xwindow.postrobot.receive;

/**
 * The message ids seen lately, so that a message delivered twice is handled once. post-robot
 * keeps every id forever; this keeps between {@code capacity} and twice as many, in two
 * generations of open-addressed string tables: when the young one fills, it becomes the old one
 * and the old one is dropped. Plain arrays, not Java collections, so it costs the bundle little
 * and runs on the JVM in tests as it does in the browser.
 */
public final class SeenIds {
  private final int capacity;
  private String[] young;
  private String[] old;
  private int youngCount;

  /** Remembers at least the last {@code capacity} ids. */
  public SeenIds(int capacity) {
    this.capacity = capacity;
    this.young = new String[capacity * 2];
    this.old = new String[capacity * 2];
  }

  /** Records {@code id}; true if it is new, false if it was seen lately. */
  public boolean firstTime(String id) {
    if (contains(old, id) || contains(young, id)) {
      return false;
    }
    if (youngCount == capacity) {
      old = young;
      young = new String[capacity * 2];
      youngCount = 0;
    }
    int slot = slot(young, id);
    young[slot] = id;
    youngCount++;
    return true;
  }

  private static boolean contains(String[] table, String id) {
    return table[slot(table, id)] != null;
  }

  /** The slot that holds {@code id}, or the empty slot where it would go. */
  private static int slot(String[] table, String id) {
    int i = (id.hashCode() & 0x7fffffff) % table.length;
    while (table[i] != null && !table[i].equals(id)) {
      i = (i + 1) % table.length;
    }
    return i;
  }
}
