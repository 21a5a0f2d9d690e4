package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A size budget says met or not met, with the figures, and what it lacks when nothing was built. */
class SizeBudgetTest {
  private final SizeBudget budget = new SizeBudget("xcomponent/target/xcomponent.js", 14_336, "about half of zoid 10.6.0's 28,042 B");

  @Test
  void metUpToTheLimitItself() {
    assertEquals("- Budget (about half of zoid 10.6.0's 28,042 B): `xcomponent.js` at most 14,336 B gzipped: 14,336 B, **met** (0 B to spare).",
        budget.judge(14_336L));
    assertEquals("- Budget (about half of zoid 10.6.0's 28,042 B): `xcomponent.js` at most 14,336 B gzipped: 12,000 B, **met** (2,336 B to spare).",
        budget.judge(12_000L));
  }

  @Test
  void notMetOneByteOver() {
    assertEquals("- Budget (about half of zoid 10.6.0's 28,042 B): `xcomponent.js` at most 14,336 B gzipped: 14,337 B, **not met** (1 B over).",
        budget.judge(14_337L));
  }

  @Test
  void notMetWhenNotBuilt() {
    assertEquals("- Budget (about half of zoid 10.6.0's 28,042 B): `xcomponent.js` at most 14,336 B gzipped: **not met**, not built "
        + "(no `xcomponent/target/xcomponent.js`).", budget.judge(null));
  }
}
