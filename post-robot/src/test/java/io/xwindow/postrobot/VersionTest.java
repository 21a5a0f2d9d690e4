package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.postrobot.wire.Version;
import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void theVersionIsTheMavenProjectVersion() {
    assertEquals(System.getProperty("xwindow.project.version"), Version.XWINDOW);
  }
}
