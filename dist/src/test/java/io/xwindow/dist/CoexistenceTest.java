package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page with the script tag and the module, or two copies of the package: one copy of each
 * library serves the window, so every listener answers, whichever copy registered it. (Two
 * copies would each answer every request, one of them with NO_HANDLER.)
 */
@Tag(Lane.BUNDLE)
@Tag(Lane.NODE)
class CoexistenceTest {
  @RegisterExtension static Origins origins = new Origins();

  private static Path oneCopy;
  private static Path twoCopies;
  private static Path everyLibrary;

  @BeforeAll
  static void bundle() {
    Path dir = Npm.consumer("coexistence", "{\"private\":true}\n");
    String tarball = "./" + Npm.tarball().getFileName();
    Command.succeed(dir, "npm", "install", "--no-audit", "--no-fund", "xw-one@file:" + tarball, "xw-two@file:" + tarball);
    oneCopy = Pages.bundle(dir, "one-copy.js");
    twoCopies = Pages.bundle(dir, "two-copies.js");
    everyLibrary = Pages.bundle(dir, "every-library.js");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void theScriptTagThenTheModule(Browser browser) {
    frame(Html.script("/bundles/post-robot.js") + Html.script("/one-copy.js")
        + Html.inline("postRobot.on('fromScript', function () { return 'the script tag answers'; });"));

    assertAnswers(browser, "fromScript", "the script tag answers", "fromModule", "the module answers");
    browser.switchToFrame("#frame");
    assertEquals(Double.valueOf(browser.number("postRobot.stats().listeners")), browser.number("moduleListeners()"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void theModuleThenTheScriptTag(Browser browser) {
    frame(Html.script("/one-copy.js") + Html.inline(
        "window.ready = false; var s = document.createElement('script'); s.src = '/bundles/post-robot.js'; s.onload = function () {"
            + " postRobot.on('fromScript', function () { return 'the script tag answers'; }); window.ready = true; };"
            + " document.head.appendChild(s);"));

    assertAnswers(browser, "fromScript", "the script tag answers", "fromModule", "the module answers");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void twoCopiesOfThePackage(Browser browser) {
    frame(Html.script("/two-copies.js"));

    assertAnswers(browser, "fromOne", "copy one answers", "fromTwo", "copy two answers");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void everyModuleServesThroughItsScriptTag(Browser browser) {
    Pages.serve(origins.a(), everyLibrary);
    StringBuilder tags = new StringBuilder();
    for (String bundle : new String[] {"post-robot.js", "xcomponent.js", "zoid.js", "beaver-logger.js", "memcookies.js"}) {
      origins.a().bundle(bundle);
      tags.append(Html.script("/bundles/" + bundle));
    }
    origins.a().page("/every.html", Html.page(tags + Html.script("/every-library.js")));

    browser.open(origins.a().url("/every.html"));
    browser.waitFor("window.seen !== undefined");

    assertEquals("{\"sharedListeners\":true,\"sharedJar\":true,\"loaded\":true,\"registry\":[true,true,true,true,true]}",
        browser.string("JSON.stringify(window.seen)"));
  }

  /** A page on origin b, in a frame of a page on origin a that has post-robot.js. */
  private static void frame(String body) {
    origins.b().bundle("post-robot.js");
    Pages.serve(origins.b(), oneCopy);
    Pages.serve(origins.b(), twoCopies);
    origins.b().page("/frame.html", Html.page(body));
    origins.a().bundle("post-robot.js");
    origins.a().page("/parent.html", Html.page(
        Html.script("/bundles/post-robot.js") + "<iframe id='frame' src='" + origins.b().url("/frame.html") + "'></iframe>"));
  }

  /** Sends each name to the frame once it has loaded, and checks each answer. */
  private static void assertAnswers(Browser browser, String... namesAndAnswers) {
    browser.open(origins.a().url("/parent.html"));
    browser.switchToFrame("#frame");
    browser.waitFor("document.readyState === 'complete' && window.ready !== false");
    browser.switchToMain();
    for (int i = 0; i < namesAndAnswers.length; i += 2) {
      String name = namesAndAnswers[i];
      browser.run("window.answers = window.answers || {};"
          + "postRobot.send(document.getElementById('frame').contentWindow, '" + name + "', null, {timeout: 5000})"
          + ".then(function (r) { window.answers['" + name + "'] = r.data; },"
          + " function (e) { window.answers['" + name + "'] = 'failed: ' + e.code; });");
    }
    for (int i = 0; i < namesAndAnswers.length; i += 2) {
      String name = namesAndAnswers[i];
      browser.waitFor("window.answers && window.answers['" + name + "'] !== undefined");
      assertEquals(namesAndAnswers[i + 1], browser.string("window.answers['" + name + "']"), name);
    }
  }
}
