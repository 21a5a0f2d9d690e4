package io.xwindow.beaver.capture;

import io.xwindow.beaver.buffer.Lines;

/**
 * Lets an uncaught error through once (the same message from the same place is logged once among
 * the last {@value #REMEMBERED} kinds) and at most {@value #PER_MINUTE} a minute, so a page that
 * throws in a loop cannot flood its own buffer.
 */
public final class ErrorGate {
  static final int REMEMBERED = 50;
  static final int PER_MINUTE = 10;

  private final Lines seen;
  private double windowStart = -60_000;
  private int inWindow;

  /** Remembers the kinds seen in {@code seen}. */
  public ErrorGate(Lines seen) {
    this.seen = seen;
  }

  /** Whether the error of kind {@code key}, at {@code now} ms, is logged. */
  public boolean admit(String key, double now) {
    for (int i = 0; i < seen.size(); i++) {
      if (seen.get(i).equals(key)) {
        return false;
      }
    }
    if (now - windowStart >= 60_000) {
      windowStart = now;
      inWindow = 0;
    }
    if (inWindow >= PER_MINUTE) {
      return false;
    }
    inWindow++;
    seen.add(key);
    if (seen.size() > REMEMBERED) {
      seen.removeFirst(1);
    }
    return true;
  }
}
