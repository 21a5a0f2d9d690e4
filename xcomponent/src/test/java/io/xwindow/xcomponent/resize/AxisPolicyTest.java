package io.xwindow.xcomponent.resize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AxisPolicyTest {
  @Test
  void reportsAChangedSizeOnce() {
    AxisPolicy policy = new AxisPolicy();

    assertEquals(120, policy.measure(120, 150, 0));
    assertEquals(-1, policy.measure(120, 150, 10));
    assertEquals(-1, policy.measure(120, 120, 20));
    assertEquals(90, policy.measure(90, 120, 1000));
  }

  @Test
  void stopsContentThatGrowsWithTheFrame() {
    AxisPolicy policy = new AxisPolicy();
    int viewport = 150;
    double now = 0;
    int reports = 0;
    for (int round = 0; round < 50; round++) {
      int sent = policy.measure(viewport + 16, viewport, now);
      if (sent < 0) {
        break;
      }
      reports++;
      viewport = sent; // the parent applies it, and the child measures again at once
      now += 20;
      assertEquals(-1, policy.measure(viewport, viewport, now));
      now += 5;
    }
    assertTrue(policy.stopped());
    assertTrue(reports <= AxisPolicy.RUNAWAY_STREAK + 1, "reports: " + reports);
  }

  @Test
  void contentThatGrowsOnItsOwnIsAlwaysReported() {
    AxisPolicy policy = new AxisPolicy();
    int viewport = 100;
    double now = 0;
    for (int row = 1; row <= 10; row++) {
      int measured = 100 + 20 * row;
      assertEquals(measured, policy.measure(measured, viewport, now));
      viewport = measured;
      assertEquals(-1, policy.measure(measured, viewport, now + 16));
      now += 1000; // a row is added a second later
    }
    assertFalse(policy.stopped());
  }

  @Test
  void aStoppedAxisReportsAgainOnceTheContentShrinks() {
    AxisPolicy policy = new AxisPolicy();
    int viewport = 150;
    double now = 0;
    for (int round = 0; round < 10 && !policy.stopped(); round++) {
      int sent = policy.measure(viewport + 16, viewport, now);
      if (sent > 0) {
        viewport = sent;
        policy.measure(viewport, viewport, now += 10);
      }
    }
    assertTrue(policy.stopped());

    assertEquals(80, policy.measure(80, viewport, now + 2000));
    assertFalse(policy.stopped());
  }
}
