package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Globals;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A partner page that loads post-robot.js sees one new global, postRobot, and nothing else. */
class BundleGlobalsTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void addsOnlyItsOwnGlobal(Browser browser) {
    origins.a().bundle("post-robot.js");

    List<String> added = Globals.addedBy(browser, origins.a(), "/bundles/post-robot.js");

    assertEquals(List.of("postRobot"), added);
    assertEquals(PostRobot.VERSION, browser.string("postRobot.version"));
  }
}
