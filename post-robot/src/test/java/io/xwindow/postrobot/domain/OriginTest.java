package io.xwindow.postrobot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertTrue(Origin.admits("*", "https://a.test"));
    assertTrue(Origin.admits("https://a.test", "https://a.test"));
    assertFalse(Origin.admits("https://a.test", "https://a.test.evil.test"));
    assertFalse(Origin.admits("https://a.test", "http://a.test"));
  }

  @Test
  void opaqueWindowsCanOnlyBeReachedWithAStar() {
    assertEquals("*", Origin.target("file://"));
    assertEquals("*", Origin.target(null));
    assertEquals("https://a.test", Origin.target("https://a.test"));
  }
}
