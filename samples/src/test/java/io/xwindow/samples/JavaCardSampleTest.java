package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The java-card component, whose page is Java on xcomponent's Java API, across the two origins:
 * rendered by a shop page in Java and by one in JavaScript, it gets the holder's name, calls the
 * shop's {@code onCharge} and shows its answer, and the shop hears the close with its reason; the
 * same shop on a third origin is refused before the card learns anything.
 */
class JavaCardSampleTest {
  @RegisterExtension static RunningSamples samples = new RunningSamples();

  private static String text(Browser browser, String id) {
    return browser.string("document.getElementById('" + id + "').textContent");
  }

  private static void waitForText(Browser browser, String id, String part) {
    browser.waitFor(
        "document.getElementById('" + id + "').textContent.indexOf('" + part + "') >= 0");
  }

  /** Opens the shop, pays in the card, removes it; returns what the card showed. */
  private static String[] payInTheCard(Browser browser, String page) {
    browser.open(samples.server().parentOrigin() + page);
    browser.waitFor(ChildFrames.mark("#card", samples.server().childOrigin(), "card-child"));
    browser.switchToFrame("#card-child");
    browser.waitFor("document.getElementById('status').textContent === 'ready'");
    String holder = text(browser, "holder");
    String origin = browser.string("location.origin");
    browser.click("#charge");
    waitForText(browser, "status", "the shop answered");
    String status = text(browser, "status");
    browser.switchToMain();
    browser.click("#remove");
    waitForText(browser, "log", "closed");
    return new String[] {origin, holder, status};
  }

  @CrossBrowser
  void aJavaShopRendersTheJavaCardWhichCallsItBack(Browser browser) {
    String[] card = payInTheCard(browser, "/java-card.html");

    assertEquals(samples.server().childOrigin(), card[0]);
    assertEquals("Ann Lee", card[1]);
    assertEquals("the shop answered: charged 12.00 EUR to Ann Lee", card[2]);
    assertEquals("rendered\nonCharge: 12.00 EUR\nclosed: parent_call\n", text(browser, "log"));
    assertEquals(0, browser.number("document.querySelectorAll('#card iframe').length"));
  }

  @CrossBrowser
  void aJavaScriptShopRendersTheJavaCardWhichCallsItBack(Browser browser) {
    String[] card = payInTheCard(browser, "/java-card-js.html");

    assertEquals(samples.server().childOrigin(), card[0]);
    assertEquals("Bob Stone", card[1]);
    assertEquals("the shop answered: charged 12.00 EUR to Bob Stone", card[2]);
    assertEquals("rendered\nonCharge: 1200 cents\nclosed: parent_call\n", text(browser, "log"));
  }

  @CrossBrowser
  void aShopOnAThirdOriginIsRefused(Browser browser) {
    browser.open(samples.server().strangerOrigin() + "/java-card.html");
    waitForText(browser, "log", "render failed");

    String log = text(browser, "log");
    assertTrue(log.contains("render failed: PARENT_DOMAIN_REJECTED: "), log);
    assertTrue(log.contains("closed: error\n"), log);
    assertFalse(log.lines().anyMatch("rendered"::equals), log);
    assertFalse(log.contains("onCharge"), log);
  }
}
