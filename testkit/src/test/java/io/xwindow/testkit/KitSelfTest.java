package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The kit's own safety nets (script errors, leaked globals, a missing Chromium) and the profiles
 * it promises in every engine: cookies kept or blocked, popups with and without the blocker.
 */
class KitSelfTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void reportsAnUncaughtErrorInACrossOriginFrame(Browser browser) {
    origins.b().page("/bad.html", Html.page(Html.inline("throw new Error('boom in frame');")));
    origins.a().page(
        "/page.html",
        Html.page("<iframe src=\"" + origins.b().url("/bad.html") + "\"></iframe>"));

    browser.open(origins.a().url("/page.html"));
    waitForError(browser, "boom in frame");

    origins.errors().clear();
    browser.reset();
  }

  @CrossBrowser(
      cannot =
          @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit fires no unhandledrejection event"))
  void reportsConsoleErrorsAndUnhandledRejections(Browser browser) {
    origins.a().page(
        "/page.html",
        Html.page(
            Html.inline(
                "console.error('said so');"
                    + "Promise.reject(new Error('nobody caught me'));")));

    browser.open(origins.a().url("/page.html"));
    waitForError(browser, "said so");
    waitForError(browser, "nobody caught me");

    origins.errors().clear();
    browser.reset();
  }

  @CrossBrowser
  void runsScriptsInACrossOriginFrameOnceSwitchedToIt(Browser browser) {
    origins.b().page("/inner.html", Html.page(Html.inline("window.mark='inner';")));
    origins.a().page(
        "/outer.html",
        Html.page(Html.inline("window.mark='outer';")
            + "<iframe id=inner src=\"" + origins.b().url("/inner.html") + "\""
            + " onload=\"window.innerLoaded=true\"></iframe>"));
    browser.open(origins.a().url("/outer.html"));
    browser.waitFor("window.innerLoaded === true");

    browser.switchToFrame("#inner");
    String inFrame = browser.string("window.mark + ' ' + location.origin");
    browser.switchToMain();

    assertEquals("inner " + origins.b().origin(), inFrame);
    assertEquals("outer " + origins.a().origin(), browser.string("window.mark + ' ' + location.origin"));
    browser.reset();
  }

  /** HtmlUnit has no isTrusted: there a synthetic event would show as well, Chromium tells them apart. */
  @CrossBrowser
  void clicksAndTypesAsAUserWithTrustedEvents(Browser browser) {
    origins.a().page("/input.html", Html.page(
        "<button id=go>go</button><input id=field>"
            + Html.inline(
                "window.seen = [];"
                    + "document.getElementById('go').addEventListener('click', function (e) { seen.push('click:' + (e.isTrusted !== false)); });"
                    + "document.getElementById('field').addEventListener('keydown', function (e) { seen.push(e.key + ':' + (e.isTrusted !== false)); });")));
    browser.open(origins.a().url("/input.html"));

    browser.click("#go");
    browser.type("#field", "ab");

    assertEquals("click:true a:true b:true", browser.string("seen.join(' ')"));
    assertEquals("ab", browser.string("document.getElementById('field').value"));
  }

  @CrossBrowser
  void seesTheGlobalsAScriptAdds(Browser browser) {
    origins.a().page("/leaky.js", "").file("/leaky.js", writeLeakyScript(), "text/javascript");

    List<String> added = Globals.addedBy(browser, origins.a(), "/leaky.js");

    assertEquals(List.of("g", "tidy"), added);
  }

  @CrossBrowser
  void probeBundleAddsOnlyItsOwnGlobal(Browser browser) {
    origins.a().bundle("probe.js");

    assertEquals(List.of("xwindowProbe"), Globals.addedBy(browser, origins.a(), "/bundles/probe.js"));
  }

  private static void serveCookiePage() {
    origins.a().page("/cookie.html", Html.page(Html.inline(
        "document.cookie='kept=1; Path=/';window.kept=document.cookie.indexOf('kept=1')>=0;"
            + "document.cookie='kept=; Max-Age=0; Path=/';")));
  }

  @CrossBrowser
  void theDefaultProfileKeepsAPagesOwnCookie(Browser browser) {
    serveCookiePage();
    browser.open(origins.a().url("/cookie.html"));

    assertEquals(true, browser.eval("window.kept"));
  }

  @CrossBrowser(profile = Profile.COOKIES_BLOCKED)
  void theCookiesBlockedProfileKeepsNoCookie(Browser browser) {
    serveCookiePage();
    browser.open(origins.a().url("/cookie.html"));

    assertEquals(false, browser.eval("window.kept"));
  }

  private static void servePopupPage() {
    origins.b().page("/popup.html", Html.page("popup"));
    origins.a().page("/opener.html", Html.page("<button id=open>open</button>" + Html.inline(
        "window.atLoad=window.open('" + origins.b().url("/popup.html") + "','a','width=200,height=200');"
            + "document.getElementById('open').onclick=function(){window.clicked=window.open('"
            + origins.b().url("/popup.html") + "','b','width=200,height=200');};")));
  }

  @CrossBrowser
  void theDefaultProfileOpensAPopupWithoutAClick(Browser browser) {
    servePopupPage();
    browser.open(origins.a().url("/opener.html"));

    assertEquals(true, browser.eval("!!window.atLoad && !window.atLoad.closed"));
  }

  @CrossBrowser(profile = Profile.POPUP_BLOCKER)
  void thePopupBlockerRefusesAPopupWithoutAClickButOpensOneOnAClick(Browser browser) {
    servePopupPage();
    browser.open(origins.a().url("/opener.html"));
    boolean blockedAtLoad = Boolean.TRUE.equals(browser.eval("window.atLoad === null"));
    browser.click("#open");
    browser.waitFor("!!window.clicked && !window.clicked.closed");

    assertTrue(blockedAtLoad, "no popup without a user gesture");
  }

  @Test
  void missingChromiumFailsWithTheInstallCommand() {
    AssertionError error =
        assertThrows(
            AssertionError.class,
            () ->
                Installed.require(
                    "Chromium",
                    "chromium chromium-driver",
                    Path.of("/nonexistent/chromium"),
                    Path.of("/nonexistent/chromedriver")));

    assertTrue(error.getMessage().contains("apt-get install -y chromium chromium-driver"));
  }

  private static Path writeLeakyScript() {
    try {
      Path file = java.nio.file.Files.createTempFile("leaky", ".js");
      file.toFile().deleteOnExit();
      java.nio.file.Files.writeString(file, "window.tidy={};globalThis.g=1;");
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Waits until the pages (through the sites) or the browser itself reported {@code text}. */
  private static void waitForError(Browser browser, String text) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> seen = new java.util.ArrayList<>();
    while (seen.stream().noneMatch(e -> e.contains(text))) {
      seen.clear();
      seen.addAll(origins.errors().all());
      seen.addAll(browser.errors());
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no error containing '" + text + "': " + seen);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
