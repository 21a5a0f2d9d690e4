package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.BrowserKind;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The log-in component of zoid's announcement, as a person uses the sample in headless Chromium:
 * the parent site renders the child site's form, prefilled with {@code defaultEmail}, as an
 * iframe at load and as a popup from a button (a real click, the popup blocker on), and shows
 * what {@code onLoginSuccess} got when the form is submitted.
 */
class LogInSampleInChromiumTest {
  /**
   * Gives the component's frame (the one on the child's origin, which the parent cannot read;
   * not the prerender's) an id to switch into; false while it is not there yet.
   */
  private static final String MARK_CHILD_FRAME =
      "(function () {"
          + "  var frames = document.querySelectorAll('#login-frame iframe');"
          + "  for (var i = 0; i < frames.length; i++) {"
          + "    try { frames[i].contentWindow.location.href; }"
          + "    catch (crossOrigin) { frames[i].id = 'log-in-child'; return true; }"
          + "  }"
          + "  return false;"
          + "})()";

  private static SamplesServer server;
  private static Browser browser;

  @BeforeAll
  static void start() {
    server = new SamplesServer(0, 0);
    browser = BrowserKind.CHROMIUM.start();
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @AfterEach
  void noBrowserError() {
    List<String> errors = browser.errors();
    browser.reset();
    assertEquals(List.of(), errors);
  }

  private static String text(String id) {
    return browser.string("document.getElementById('" + id + "').textContent");
  }

  @Test
  void theIframeIsPrefilledAndItsLoginCallsTheParentBack() {
    browser.open(server.parentOrigin() + "/log-in.html");
    browser.waitFor(MARK_CHILD_FRAME);
    browser.switchToFrame("#log-in-child");
    browser.waitFor("document.getElementById('email').value === 'ann@example.com'");
    String childOrigin = browser.string("location.origin");

    browser.click("#log-in");
    browser.waitFor("document.getElementById('status').textContent !== ''");
    String status = text("status");
    browser.switchToMain();
    browser.waitFor("document.getElementById('result').textContent !== 'nothing yet'");

    assertEquals(server.childOrigin(), childOrigin);
    assertEquals("Logged in as ann@example.com", status);
    assertEquals("iframe: ann@example.com", text("result"));
    assertTrue(text("log").contains("iframe: rendered"), text("log"));
  }

  @Test
  void thePopupOpensOnAClickAndItsLoginCallsTheParentBackThenCloses() {
    browser.open(server.parentOrigin() + "/log-in.html");
    browser.waitFor(MARK_CHILD_FRAME); // the iframe rendered at load; now the button

    browser.click("#open-popup");
    browser.switchToPopup();
    browser.waitFor("document.getElementById('email').value === 'bob@example.com'");
    String childOrigin = browser.string("location.origin");
    browser.run("document.getElementById('email').value = 'carol@example.com';");
    browser.click("#log-in");
    browser.switchToMain();
    browser.waitFor("document.getElementById('result').textContent !== 'nothing yet'");
    browser.waitFor("document.getElementById('log').textContent.indexOf('popup: closed') >= 0");

    assertEquals(server.childOrigin(), childOrigin);
    assertEquals("popup: carol@example.com", text("result"), "what the person typed, not the default");
    String log = text("log");
    assertTrue(log.contains("popup: rendered"), log);
    assertTrue(log.contains("popup: closed (child_call)"), log);
    assertTrue(!log.contains("error"), log);
  }
}
