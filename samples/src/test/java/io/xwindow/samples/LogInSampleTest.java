package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Profile;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The log-in component of zoid's announcement, as a person uses the sample in every engine: the
 * parent site renders the child site's form, prefilled with {@code defaultEmail}, as an iframe at
 * load, as a popup from a button (a real click, the popup blocker on) and in a modal dialog from
 * another, and shows what {@code onLoginSuccess} got when the form is submitted.
 */
class LogInSampleTest {
  @RegisterExtension static RunningSamples samples = new RunningSamples();

  private static String text(Browser browser, String id) {
    return browser.string("document.getElementById('" + id + "').textContent");
  }

  @CrossBrowser
  void theIframeIsPrefilledAndItsLoginCallsTheParentBack(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/log-in.html");
    browser.waitFor(ChildFrames.mark("#login-frame", samples.server().childOrigin(), "log-in-child"));
    browser.switchToFrame("#log-in-child");
    browser.waitFor("document.getElementById('email').value === 'ann@example.com'");
    String childOrigin = browser.string("location.origin");

    browser.click("#log-in");
    browser.waitFor("document.getElementById('status').textContent !== ''");
    String status = text(browser, "status");
    browser.switchToMain();
    browser.waitFor("document.getElementById('result').textContent !== 'nothing yet'");

    assertEquals(samples.server().childOrigin(), childOrigin);
    assertEquals("Logged in as ann@example.com", status);
    assertEquals("iframe: ann@example.com", text(browser, "result"));
    assertTrue(text(browser, "log").contains("iframe: rendered"), text(browser, "log"));
  }

  @CrossBrowser(profile = Profile.POPUP_BLOCKER)
  void thePopupOpensOnAClickAndItsLoginCallsTheParentBackThenCloses(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/log-in.html");
    // the iframe rendered at load; now the button
    browser.waitFor(ChildFrames.mark("#login-frame", samples.server().childOrigin(), "log-in-child"));

    browser.click("#open-popup");
    browser.switchToPopup();
    browser.waitFor("document.getElementById('email').value === 'bob@example.com'");
    String childOrigin = browser.string("location.origin");
    browser.run("document.getElementById('email').value = 'carol@example.com';");
    browser.click("#log-in");
    browser.switchToMain();
    browser.waitFor("document.getElementById('result').textContent !== 'nothing yet'");
    browser.waitFor("document.getElementById('log').textContent.indexOf('popup: closed') >= 0");

    assertEquals(samples.server().childOrigin(), childOrigin);
    assertEquals("popup: carol@example.com", text(browser, "result"), "what the person typed, not the default");
    String log = text(browser, "log");
    assertTrue(log.contains("popup: rendered"), log);
    assertTrue(log.contains("popup: closed (child_call)"), log);
    assertTrue(!log.contains("error"), log);
  }

  private static final String ESCAPE = "\uE00C"; // WebDriver's Escape key
  private static final String DIALOG = "dialog.xcomponent-modal";

  /** Opens the dialog from its button and waits for the form in it, prefilled. */
  private static void openTheDialog(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/log-in.html");
    browser.waitFor(ChildFrames.mark("#login-frame", samples.server().childOrigin(), "log-in-child"));
    browser.click("#open-modal");
    browser.waitFor(ChildFrames.mark(DIALOG, samples.server().childOrigin(), "log-in-modal"));
    assertEquals(true, browser.eval("document.querySelector('" + DIALOG + "').open"));
    browser.switchToFrame("#log-in-modal");
    browser.waitFor("document.getElementById('email').value === 'dora@example.com'");
  }

  /** The dialog is gone and the log says how it ended. */
  private static void assertEndedBy(Browser browser, String reason) {
    browser.waitFor("document.getElementById('log').textContent.indexOf('modal: closed') >= 0");
    String log = text(browser, "log");
    assertTrue(log.contains("modal: rendered\n"), log);
    assertTrue(log.contains("modal: closed (" + reason + ")"), log);
    assertTrue(!log.contains("error"), log);
    assertEquals(0.0, browser.number("document.querySelectorAll('dialog').length"));
  }

  @CrossBrowser
  void theDialogOpensOnAClickItsLoginCallsTheParentBackAndItsCloseButtonEndsIt(Browser browser) {
    openTheDialog(browser);
    String childOrigin = browser.string("location.origin");
    browser.click("#log-in");
    browser.waitFor("document.getElementById('status').textContent !== ''");
    browser.switchToMain();
    browser.waitFor("document.getElementById('result').textContent !== 'nothing yet'");
    assertEquals("modal: dora@example.com", text(browser, "result"));

    browser.click(DIALOG + " button");

    assertEquals(samples.server().childOrigin(), childOrigin);
    assertEndedBy(browser, "user_closed");
    assertEquals(1.0, browser.number("document.querySelectorAll('#login-frame iframe').length"),
        "the page's own iframe stays");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT,
      why = "HtmlUnit's dialog does not close on Escape, and the kit has no Escape key for it"))
  void escapeEndsTheDialog(Browser browser) {
    openTheDialog(browser);
    browser.switchToMain();

    browser.type(DIALOG + " button", ESCAPE);

    assertEndedBy(browser, "user_closed");
  }
}
