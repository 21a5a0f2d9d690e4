package io.xwindow.postrobot.receive;

/**
 * The message ids seen lately, so that a message delivered twice is handled once. post-robot
 * keeps every id forever; this keeps between {@code capacity} and twice as many, in two
 * generations: when the young one fills, it becomes the old one and the old one is dropped.
 *
 * <p>The sets come from {@link IdSets}: JavaScript objects in the browser ({@link
 * DictionaryIdSet}: a Java set would cost kilobytes of bundle), Java sets in the JVM tests.
 */
final class SeenIds {
  /** A set of message ids. */
  interface IdSet {
    boolean has(String id);

    void add(String id);
  }

  /** Makes empty sets. */
  interface IdSets {
    IdSet create();
  }

  private final int capacity;
  private final IdSets sets;
  private IdSet young;
  private IdSet old;
  private int youngCount;

  /** Remembers at least the last {@code capacity} ids, in sets from {@code sets}. */
  SeenIds(int capacity, IdSets sets) {
    this.capacity = capacity;
    this.sets = sets;
    this.young = sets.create();
    this.old = sets.create();
  }

  /** Records {@code id}; true if it is new, false if it was seen lately. */
  boolean firstTime(String id) {
    if (young.has(id) || old.has(id)) {
      return false;
    }
    if (youngCount == capacity) {
      old = young;
      young = sets.create();
      youngCount = 0;
    }
    young.add(id);
    youngCount++;
    return true;
  }
}
