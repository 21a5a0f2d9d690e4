package io.xwindow.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Lane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

/** The WebJar as webjars-locator-lite (what Spring Boot uses) finds it: by name, with no version. */
@Tag(Lane.BUNDLE)
class WebJarLocatorTest {
  @Test
  void webjarsLocatorLiteFindsItsVersionAndItsFiles() {
    WebJarVersionLocator locator = new WebJarVersionLocator();

    assertEquals(Consumers.version(), locator.version("xwindow"));
    assertEquals("META-INF/resources/webjars/xwindow/" + Consumers.version() + "/xcomponent.js",
        locator.fullPath("xwindow", "xcomponent.js"));
  }
}
