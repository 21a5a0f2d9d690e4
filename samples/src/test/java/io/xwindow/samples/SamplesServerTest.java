package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The samples as a person uses them: open the parent site, click, see the child answer. */
class SamplesServerTest {
  private static SamplesServer server;

  @BeforeAll
  static void start() {
    server = new SamplesServer(0, 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @CrossBrowser
  void indexListsTheDemosOnTwoOrigins(Browser browser) {
    browser.open(server.parentOrigin() + "/");

    assertTrue(browser.string("document.body.textContent").contains(server.childOrigin()));
    assertTrue(browser.number("document.querySelectorAll('#demos a').length") >= 1);
  }

  @CrossBrowser
  void pingDemoAnswersAcrossOrigins(Browser browser) {
    browser.open(server.parentOrigin() + "/ping.html");
    browser.waitFor("document.readyState === 'complete'");

    browser.click("#ping");
    browser.waitFor("document.getElementById('answer').textContent !== 'none yet'");

    assertEquals(
        "pong:hello (from " + server.childOrigin() + ")",
        browser.string("document.getElementById('answer').textContent"));
  }
}
