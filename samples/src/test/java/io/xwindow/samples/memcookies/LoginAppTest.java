package io.xwindow.samples.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The login demo end to end in every engine: with cookies blocked by the profile, the session
 * survives XHR and fetch calls through memcookies, and logout ends it; with cookies on, the
 * application behaves exactly as it does without the middleware. Framed by a page of another
 * site, where each engine treats the application's own cookies its own way (WebKit blocks them,
 * Firefox partitions them and refuses its SameSite=Lax ones), the session holds in every engine.
 */
class LoginAppTest {
  /** The partner's site that frames the application (which runs on 127.0.0.1). */
  @RegisterExtension static Origins origins = new Origins();

  /**
   * What each engine does with a cookie without attributes that the application's page writes
   * itself while another site frames it: whether it stays in the frame, and whether the
   * application's own top-level page then sees it.
   */
  private static final Map<Engine, String> PLAIN_COOKIE_IN_A_FRAME =
      Map.of(
          // it applies no SameSite rule and no third-party block
          Engine.HTMLUNIT, "kept, shared with the site's own pages",
          // a cookie without SameSite is Lax there, and Lax is refused in another site's frame
          Engine.CHROMIUM, "refused",
          Engine.FIREFOX, "kept, partitioned",
          // its default policy blocks third-party cookies, as Safari's does
          Engine.WEBKIT, "refused");

  private static final String NO_FETCH = "HtmlUnit has no fetch, which the demo calls";

  private static LoginApp withMiddleware;
  private static LoginApp plain;

  @BeforeAll
  static void start() {
    withMiddleware = new LoginApp(0, false);
    plain = new LoginApp(0, true);
  }

  @AfterAll
  static void stop() {
    withMiddleware.close();
    plain.close();
  }

  /** Runs {@code call} ({@code demo.xhr(...)} or {@code demo.fetch(...)}) in the page: "STATUS BODY". */
  private static String call(Browser browser, String call) {
    browser.run("window.result = null; " + call + ".then(function (r) { window.result = r; });");
    browser.waitFor("window.result !== null");
    return browser.string("window.result");
  }

  /** A login, who-am-I and logout, mixing XHR and fetch; each answer with its session-free shape. */
  private static List<String> session(Browser browser, LoginApp app) {
    browser.open(app.origin() + "/");
    List<String> answers = new ArrayList<>();
    answers.add(call(browser, "demo.xhr('GET', '/whoami')"));
    answers.add(call(browser, "demo.fetch('POST', '/login?user=ada')"));
    answers.add(call(browser, "demo.xhr('GET', '/whoami')"));
    answers.add(call(browser, "demo.fetch('GET', '/whoami')"));
    answers.add(call(browser, "demo.xhr('POST', '/logout')"));
    answers.add(call(browser, "demo.fetch('GET', '/whoami')"));
    answers.add(call(browser, "demo.xhr('POST', '/login?user=bob')"));
    answers.add(call(browser, "demo.fetch('GET', '/whoami')"));
    answers.add(call(browser, "demo.fetch('GET', '/cookies')").replaceAll("\"[A-Za-z0-9_-]{22}\"", "\"*\""));
    return answers;
  }

  private static final List<String> LOGGED_IN_AND_OUT = List.of(
      "401 {\"error\":\"no session\"}",
      "200 {\"user\":\"ada\"}",
      "200 {\"user\":\"ada\"}",
      "200 {\"user\":\"ada\"}",
      "200 {}",
      "401 {\"error\":\"no session\"}",
      "200 {\"user\":\"bob\"}",
      "200 {\"user\":\"bob\"}",
      "200 {\"csrf\":\"*\",\"sid\":\"*\"}");

  /**
   * Chromium reports each 401 as a console error; anything else is a real error. The 401s are
   * then forgotten, so that the kit does not fail the test for them.
   */
  private static void assertOnlyExpected401s(Browser browser) {
    for (String error : browser.errors()) {
      assertTrue(error.contains("/whoami") && error.contains("401"), error);
    }
    browser.reset();
  }

  @CrossBrowser(
      profile = Profile.COOKIES_BLOCKED,
      cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_FETCH))
  void keepsTheSessionAcrossXhrAndFetchWithCookiesBlocked(Browser browser) {
    List<String> answers = session(browser, withMiddleware);

    assertEquals(Boolean.TRUE, browser.eval("window.memcookiesOn"));
    assertEquals("", browser.eval("document.cookie"), "the browser keeps no cookie");
    assertEquals(LOGGED_IN_AND_OUT, answers);
    assertOnlyExpected401s(browser);
  }

  @CrossBrowser(
      profile = Profile.COOKIES_BLOCKED,
      cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_FETCH))
  void withoutTheMiddlewareABrowserBlockingCookiesLosesTheSession(Browser browser) {
    List<String> answers = session(browser, plain);

    assertEquals("200 {\"user\":\"ada\"}", answers.get(1));
    assertEquals("401 {\"error\":\"no session\"}", answers.get(2), "the blocked profile really blocks");
    assertOnlyExpected401s(browser);
  }

  @CrossBrowser(
      cannot = @Cannot(engine = Engine.HTMLUNIT, why = NO_FETCH))
  void withCookiesOnBehavesExactlyAsWithoutTheMiddleware(Browser browser) {
    List<String> through = session(browser, withMiddleware);
    boolean on = Boolean.TRUE.equals(browser.eval("window.memcookiesOn"));
    String cookie = browser.string("document.cookie").replaceAll("=[A-Za-z0-9_-]{22}", "=*");
    List<String> without = session(browser, plain);
    String plainCookie = browser.string("document.cookie").replaceAll("=[A-Za-z0-9_-]{22}", "=*");

    assertEquals(false, on, "memcookies stays off");
    assertEquals(without, through);
    assertEquals(LOGGED_IN_AND_OUT, through);
    assertEquals("csrf=*", cookie, "the browser keeps the cookies itself (sid is HttpOnly)");
    assertEquals(plainCookie, cookie);
    assertOnlyExpected401s(browser);
  }

  /**
   * Opens the application in a frame of the partner's page, logs in, asks who it is, logs out
   * and asks again, by XHR in the frame; then what the engine did with a plain cookie there.
   */
  private static List<String> framedSession(Browser browser, LoginApp app) {
    origins.b().page("/shop.html", Html.page("<iframe id=app src=\"" + app.origin() + "/\"></iframe>"));
    browser.open(origins.b().url("/shop.html"));
    browser.switchToFrame("#app");
    browser.waitFor("window.demo !== undefined");
    List<String> answers = new ArrayList<>();
    answers.add(String.valueOf(browser.eval("window.memcookiesOn")));
    answers.add(call(browser, "demo.xhr('POST', '/login?user=ada')"));
    answers.add(call(browser, "demo.xhr('GET', '/whoami')"));
    answers.add(call(browser, "demo.xhr('POST', '/logout')"));
    answers.add(call(browser, "demo.xhr('GET', '/whoami')"));
    browser.run("document.cookie = 'plain=1; Path=/';");
    boolean kept = browser.string("document.cookie").contains("plain=1");
    browser.switchToMain();
    browser.open(app.origin() + "/");
    boolean shared = browser.string("document.cookie").contains("plain=1");
    answers.add(kept ? (shared ? "kept, shared with the site's own pages" : "kept, partitioned") : "refused");
    return answers;
  }

  @CrossBrowser
  void framedByAnotherSiteTheSessionHoldsInEveryEngine(Browser browser) {
    List<String> answers = framedSession(browser, withMiddleware);

    assertEquals(
        List.of(
            "true",
            "200 {\"user\":\"ada\"}",
            "200 {\"user\":\"ada\"}",
            "200 {}",
            "401 {\"error\":\"no session\"}",
            PLAIN_COOKIE_IN_A_FRAME.get(browser.engine())),
        answers);
    assertOnlyExpected401s(browser);
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit applies no SameSite rule in a frame of another site: the"
                  + " application's own cookies keep its session there"))
  void framedByAnotherSiteWithoutTheMiddlewareTheSessionIsLost(Browser browser) {
    List<String> answers = framedSession(browser, plain);

    assertEquals("200 {\"user\":\"ada\"}", answers.get(1));
    assertEquals("401 {\"error\":\"no session\"}", answers.get(2), "the frame kept no session cookie");
    for (String error : browser.errors()) {
      // Firefox logs the application's refused cookies: here that is the point
      assertTrue(error.contains("/whoami") && error.contains("401")
          || error.contains("has been rejected because it is in a cross-site context"), error);
    }
    browser.reset();
  }
}
