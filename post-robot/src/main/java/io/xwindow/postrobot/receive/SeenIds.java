package io.xwindow.postrobot.receive;

import io.xwindow.postrobot.browser.Table;
import jsinterop.annotations.JsFunction;

/**
 * The message ids each window sent us lately, so that a message delivered twice is handled
 * once (our first hello goes out in four envelope keys at once, and a post-robot may deliver a
 * message by two routes).
 *
 * <p>An id counts only for the window that sent it, and for the page in that window (its
 * origin): a frame that posts us ids it saw or guessed makes us drop its own messages, never
 * another window's. (post-robot keeps one set for all senders: a third frame that posted the ids
 * one window would use next silenced that window's messages to us.)
 *
 * <p>For each window, it keeps between {@code capacity} and twice as many ids (post-robot keeps
 * every id forever), in two generations: when the young one fills, it becomes the old one and
 * the old one is dropped. A new page in the window (another origin) starts afresh. The tables
 * come from the caller: a {@code WeakMap} of windows and {@code Map}s of ids in the browser, so
 * that a window's ids go with it; Java maps in the JVM tests.
 *
 * @param <W> a window
 */
final class SeenIds<W> {
  /** Makes empty sets of ids. */
  @JsFunction
  interface IdSets {
    Table<String, Boolean> create();
  }

  /** What one window sent lately. */
  static final class Sent {
    final String origin;
    Table<String, Boolean> young;
    Table<String, Boolean> old;
    int youngCount;

    Sent(String origin) {
      this.origin = origin;
    }
  }

  private final int capacity;
  private final IdSets sets;
  private final Table<W, Sent> senders;

  /**
   * Remembers at least the last {@code capacity} ids of each window, in {@code senders}, with
   * sets from {@code sets}.
   */
  SeenIds(int capacity, IdSets sets, Table<W, Sent> senders) {
    this.capacity = capacity;
    this.sets = sets;
    this.senders = senders;
  }

  /**
   * Records {@code id}, sent by {@code window} at {@code origin}; true if it is new, false if that
   * window sent it lately.
   */
  boolean firstTime(W window, String origin, String id) {
    Sent sent = senders.get(window);
    if (sent == null || !sent.origin.equals(origin)) {
      sent = new Sent(origin);
      sent.young = sets.create();
      senders.set(window, sent);
    }
    if (sent.young.has(id) || (sent.old != null && sent.old.has(id))) {
      return false;
    }
    if (sent.youngCount == capacity) {
      sent.old = sent.young;
      sent.young = sets.create();
      sent.youngCount = 0;
    }
    sent.young.set(id, true);
    sent.youngCount++;
    return true;
  }
}
