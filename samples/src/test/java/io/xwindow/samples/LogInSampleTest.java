package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Profile;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The log-in component of zoid's announcement, as a person uses the sample in every engine: the
 * parent site renders the child site's form, prefilled with {@code defaultEmail}, as an iframe at
 * load and as a popup from a button (a real click, the popup blocker on), and shows what {@code
 * onLoginSuccess} got when the form is submitted.
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
}
