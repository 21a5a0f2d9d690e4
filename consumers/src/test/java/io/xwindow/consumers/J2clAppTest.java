package io.xwindow.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Readme;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A J2CL application as the README sets it up, a project of its own naming only xwindow's
 * published coordinates: its Maven builds it against the staged artifacts, and its bundle, in a
 * frame on one origin, answers a request from a post-robot page on another.
 */
@Tag(Lane.BUNDLE)
class J2clAppTest {
  @RegisterExtension static Origins origins = new Origins();

  private static Path project;
  private static String dependencies;

  @BeforeAll
  static void build() {
    project = Consumers.project("j2cl-app");
    Consumers.fill(project, "pom.xml", "maven-j2cl-dependencies", Readme.snippet("maven-j2cl-dependencies"));
    Consumers.fill(project, "pom.xml", "maven-j2cl-plugin", Readme.snippet("maven-j2cl-plugin"));
    Consumers.write(project, "src/main/java/com/example/pay/Frame.java",
        Readme.snippet("maven-j2cl-java").replace("https://shop.example", origins.a().origin()));
    Consumers.write(project, "src/main/java/com/example/pay/entry.js", Readme.snippet("maven-j2cl-entry"));

    Consumers.mvn(project, "package");
    dependencies = Consumers.mvn(project, "dependency:list", "-DincludeScope=runtime");
  }

  @CrossBrowser
  void itsBundleAnswersAPostRobotPageOnAnotherOrigin(Browser browser) {
    origins.b().script("/pay-frame.js", project.resolve("target/pay-frame.js"))
        .page("/frame.html", Html.page(Html.script("/pay-frame.js")));
    origins.a().bundle("post-robot.js").page("/shop.html", Html.page(Html.script("/bundles/post-robot.js")
        + "<iframe id=pay src='" + origins.b().url("/frame.html") + "'></iframe>"
        + Html.inline("postRobot.send(document.getElementById('pay').contentWindow, 'greet', {name: 'Ann'})"
            + ".then(function (r) { window.answer = r.data; }, function (e) { window.answer = 'failed: ' + e.code; });")));

    browser.open(origins.a().url("/shop.html"));
    browser.waitFor("window.answer !== undefined");

    assertEquals("Hello Ann, from Java", browser.string("window.answer"));
  }

  @Test
  void itsRuntimeClasspathHasNothingOfTheTestKitOrTheBenchmarks() {
    assertTrue(dependencies.contains("io.xwindow:xwindow-post-robot:jar:" + Consumers.version()), dependencies);
    assertTrue(dependencies.contains("io.xwindow:xwindow-base:jar:" + Consumers.version()), dependencies);
    for (String stranger : new String[] {"xwindow-testkit", "xwindow-bench", "junit", "htmlunit", "selenium", "jmh"}) {
      assertTrue(!dependencies.contains(stranger), stranger + " in\n" + dependencies);
    }
  }
}
