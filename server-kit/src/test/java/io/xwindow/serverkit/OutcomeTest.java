package io.xwindow.serverkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void aValueMapsAndHasNoError() {
    Outcome<Integer, String> two = Outcome.<String, String>ok("ab").map(String::length);

    assertTrue(two.isOk());
    assertEquals(2, two.value());
    assertThrows(IllegalStateException.class, two::error);
  }

  @Test
  void aFailureKeepsItsErrorThroughMapAndHasNoValue() {
    Outcome<Integer, String> failed = Outcome.<String, String>failed("not JSON").map(String::length);

    assertFalse(failed.isOk());
    assertEquals("not JSON", failed.error());
    assertThrows(IllegalStateException.class, failed::value);
    assertThrows(NullPointerException.class, () -> Outcome.failed(null));
  }
}
