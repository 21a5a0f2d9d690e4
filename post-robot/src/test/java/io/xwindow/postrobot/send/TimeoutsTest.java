package io.xwindow.postrobot.send;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeoutsTest {
  @Test
  void aChildGetsFiveSecondsOrTheCallersTimeoutToLoad() {
    assertEquals(5000, Timeouts.helloWait(true, 0));
    assertEquals(5000, Timeouts.helloWait(true, Double.NaN));
    assertEquals(800, Timeouts.helloWait(true, 800));
  }

  @Test
  void anyOtherWindowGetsTheShortAckWait() {
    assertEquals(2000, Timeouts.helloWait(false, 0));
    assertEquals(2000, Timeouts.helloWait(false, 9000));
  }
}
