package io.xwindow.beaver.capture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.beaver.buffer.ListLines;
import org.junit.jupiter.api.Test;

class ErrorGateTest {
  @Test
  void theSameErrorFromTheSamePlaceIsLoggedOnce() {
    ErrorGate gate = ErrorGate.of(new ListLines());
    assertTrue(gate.admit("boom|a.js|1", 0));
    assertFalse(gate.admit("boom|a.js|1", 1));
    assertTrue(gate.admit("boom|a.js|2", 2));
  }

  @Test
  void atMostTenAMinute() {
    ErrorGate gate = ErrorGate.of(new ListLines());
    for (int i = 0; i < 10; i++) {
      assertTrue(gate.admit("e" + i, 1000));
    }
    assertFalse(gate.admit("e10", 59_999));
    assertTrue(gate.admit("e11", 61_000));
  }
}
