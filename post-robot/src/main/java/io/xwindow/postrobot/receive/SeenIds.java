package io.xwindow.postrobot.receive;

import io.xwindow.postrobot.browser.Dictionary;
import jsinterop.base.JsPropertyMap;

/**
 * The message ids seen lately, so that a message delivered twice is handled once. post-robot
 * keeps every id forever; this keeps between {@code capacity} and twice as many, in two
 * generations: when the young one fills, it becomes the old one and the old one is dropped.
 */
final class SeenIds {
  private final int capacity;
  private JsPropertyMap<Boolean> young = Dictionary.create();
  private JsPropertyMap<Boolean> old = Dictionary.create();
  private int youngCount;

  /** Remembers at least the last {@code capacity} ids. */
  SeenIds(int capacity) {
    this.capacity = capacity;
  }

  /** Records {@code id}; true if it is new, false if it was seen lately. */
  boolean firstTime(String id) {
    if (young.has(id) || old.has(id)) {
      return false;
    }
    if (youngCount == capacity) {
      old = young;
      young = Dictionary.create();
      youngCount = 0;
    }
    young.set(id, true);
    youngCount++;
    return true;
  }
}
