package io.xwindow.xcomponent.resize;

/**
 * Decides, for one axis of an auto-resizing child, which measured sizes to report to the parent.
 * Reports a size only when it changed, and stops a runaway: content that grows with the frame
 * (a {@code height: 100%} body with a margin, zoid #181 and #332) would otherwise make every
 * resize ask for a bigger one. Runaway is growth by the same excess over the viewport, measured
 * right after the parent applied our last size, three times in a row; content that grows on its
 * own, later, is always reported.
 */
public final class AxisPolicy {
  /** How soon after our size was applied a growth counts as caused by it. */
  static final double CAUSED_WITHIN_MS = 150;
  /** Caused growths in a row that mean runaway. */
  static final int RUNAWAY_STREAK = 3;

  private int lastSent = -1;
  private int lastExcess = Integer.MIN_VALUE;
  private double appliedAt = -1;
  private int streak;
  private int frozenAt = -1;

  /**
   * The size to report for {@code measured} content in a {@code viewport} of that size at {@code
   * now} (ms), or -1 to report nothing.
   */
  public int measure(int measured, int viewport, double now) {
    if (lastSent >= 0 && viewport == lastSent && appliedAt < 0) {
      appliedAt = now;
    }
    if (measured == lastSent) {
      return -1;
    }
    if (frozenAt >= 0) {
      if (measured >= frozenAt) {
        return -1;
      }
      frozenAt = -1;
      streak = 0;
    }
    int excess = measured - viewport;
    boolean causedByUs =
        lastSent >= 0 && measured > lastSent && viewport == lastSent && appliedAt >= 0
            && now - appliedAt <= CAUSED_WITHIN_MS && excess == lastExcess;
    streak = causedByUs ? streak + 1 : 0;
    if (streak >= RUNAWAY_STREAK) {
      frozenAt = measured;
      return -1;
    }
    lastExcess = excess;
    lastSent = measured;
    appliedAt = -1;
    return measured;
  }

  /** True once runaway growth was stopped (until the content shrinks). */
  public boolean stopped() {
    return frozenAt >= 0;
  }
}
