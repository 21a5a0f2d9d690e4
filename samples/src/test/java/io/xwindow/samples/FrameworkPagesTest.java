package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The log-in component in a React page, a Vue page and as a custom element, each found from the
 * index as a person finds it: the child site's form renders prefilled, a default email typed on the
 * parent's page reaches it without a reload, its login calls the page back, and unmounting (or
 * removing the element) closes it.
 */
class FrameworkPagesTest {
  @RegisterExtension static RunningSamples samples = new RunningSamples();

  /** What the person types into the page's field for {@code defaultEmail}. */
  private static final String TYPED = "hal@example.com";

  private static final String NO_HTMLUNIT_ES2015 =
      "HtmlUnit cannot run the ES2015+ of Vue's build (React's is ES5)";

  @CrossBrowser
  void reactPage(Browser browser) {
    rendersUpdatesLogsInAndCloses(browser, "/log-in-react.html", "react", "erin@example.com");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_HTMLUNIT_ES2015))
  void vuePageOnTheRuntimeOnlyBuild(Browser browser) {
    rendersUpdatesLogsInAndCloses(browser, "/log-in-vue.html", "vue", "fay@example.com");
    assertEquals("undefined", browser.string("typeof Vue.compile('<p></p>')"),
        "the page runs on the build without Vue's template compiler");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no customElements registry"))
  void customElementPage(Browser browser) {
    rendersUpdatesLogsInAndCloses(browser, "/log-in-element.html", "element", "gus@example.com");
  }

  /**
   * Opens {@code page} from the index; the form shows {@code defaultEmail}, then the email typed
   * into the page's field, in the same document (no reload); its login reaches the page as {@code
   * how: email}; the toggle button closes it ({@code parent_call}) and leaves no frame.
   */
  private static void rendersUpdatesLogsInAndCloses(
      Browser browser, String page, String how, String defaultEmail) {
    browser.open(samples.server().parentOrigin() + "/");
    String link = browser.string("document.querySelector('#demos a[href=\"" + page + "\"]').href");
    browser.open(link);
    browser.waitFor(ChildFrames.mark("#login-frame", samples.server().childOrigin(), "log-in-child"));
    browser.switchToFrame("#log-in-child");
    browser.waitFor("document.getElementById('email').value === '" + defaultEmail + "'");
    browser.run("window.sameDocument = true;");
    browser.switchToMain();

    // emptied first: drivers put the caret of a field with a value attribute in different places
    browser.run("document.getElementById('default-email').value = '';");
    browser.type("#default-email", TYPED);
    browser.switchToFrame("#log-in-child");
    browser.waitFor("document.getElementById('email').value === '" + TYPED + "'");
    assertEquals(true, browser.eval("window.sameDocument === true"), "the form was not reloaded");
    String childOrigin = browser.string("location.origin");
    browser.click("#log-in");
    browser.waitFor("document.getElementById('status').textContent !== ''");
    String status = browser.string("document.getElementById('status').textContent");
    browser.switchToMain();
    browser.waitFor("document.getElementById('result').textContent !== 'nothing yet'");
    String result = browser.string("document.getElementById('result').textContent");

    browser.click("#toggle");
    browser.waitFor("document.getElementById('log').textContent.indexOf('closed') >= 0");

    assertEquals(samples.server().parentOrigin() + page, link);
    assertEquals(samples.server().childOrigin(), childOrigin);
    assertEquals("Logged in as " + TYPED, status);
    assertEquals(how + ": " + TYPED, result);
    String log = browser.string("document.getElementById('log').textContent");
    assertEquals(how + ": rendered\n" + how + ": closed (parent_call)\n", log);
    assertEquals(0.0, browser.number("document.querySelectorAll('iframe').length"));
  }
}
