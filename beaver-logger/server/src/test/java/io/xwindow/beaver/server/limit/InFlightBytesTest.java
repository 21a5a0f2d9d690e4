package io.xwindow.beaver.server.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InFlightBytesTest {
  @Test
  void takesUpToTheLimitThenRefusesUntilBytesAreGivenBack() {
    InFlightBytes inFlight = new InFlightBytes(100);

    assertTrue(inFlight.take(60));
    assertTrue(inFlight.take(40));
    assertFalse(inFlight.take(1));
    assertEquals(100, inFlight.held());
    inFlight.give(40);
    assertFalse(inFlight.take(41));
    assertTrue(inFlight.take(40));
  }

  @Test
  void aRefusedTakeHoldsNothing() {
    InFlightBytes inFlight = new InFlightBytes(10);

    assertFalse(inFlight.take(11));
    assertEquals(0, inFlight.held());
  }
}
