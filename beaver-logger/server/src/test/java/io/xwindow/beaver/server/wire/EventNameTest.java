package io.xwindow.beaver.server.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventNameTest {
  @Test
  void runsOfUnsafeCharactersAndTheirUnderscoresBecomeOneUnderscore() {
    assertEquals("app_hello_world_x", EventName.sanitise("app_hello world!!x"));
    assertEquals("a_b", EventName.sanitise("a__ - __b"));
    assertEquals("line_forged", EventName.sanitise("line\nforged"));
    assertEquals("keep_me_9", EventName.sanitise("keep_me_9"));
  }

  @Test
  void longNamesAreCut() {
    assertEquals(EventName.MAX_LENGTH, EventName.sanitise("x".repeat(5000)).length());
  }
}
