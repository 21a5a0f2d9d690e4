package io.xwindow.postrobot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginTest {
  @Test
  void opaqueOriginsAreNamedAsPostRobotNamesThem() {
    assertEquals("file://", Origin.ofEvent("null"));
    assertEquals("https://a.test", Origin.ofEvent("https://a.test"));
  }

  @Test
  void stringPatternsMatchExactlyOrAnything() {
    assertEquals(Origin.WILDCARD, Origin.rank("*", "https://a.test"));
    assertEquals(Origin.EXACT, Origin.rank("https://a.test", "https://a.test"));
    assertEquals(Origin.NONE, Origin.rank("https://a.test", "https://a.test.evil.test"));
    assertEquals(Origin.NONE, Origin.rank("https://a.test", "http://a.test"));
    assertTrue(Origin.EXACT < Origin.WILDCARD, "an exact origin wins over *");
  }

  @Test
  void opaqueWindowsCanOnlyBeReachedWithAStar() {
    assertEquals("*", Origin.target("file://"));
    assertEquals("*", Origin.target(null));
    assertEquals("https://a.test", Origin.target("https://a.test"));
  }
}
