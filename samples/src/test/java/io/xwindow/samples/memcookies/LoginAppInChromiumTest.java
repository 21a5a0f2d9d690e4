package io.xwindow.samples.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.BrowserKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The login demo end to end in headless Chromium: with cookies blocked by the profile, the
 * session survives XHR and fetch calls through memcookies, and logout ends it; with cookies on,
 * the application behaves exactly as it does without the middleware.
 */
class LoginAppInChromiumTest {
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

  /** Chromium reports each 401 as a console error; anything else is a real error. */
  private static void assertOnlyExpected401s(Browser browser) {
    for (String error : browser.errors()) {
      assertTrue(error.contains("/whoami") && error.contains("401"), error);
    }
  }

  @Test
  void keepsTheSessionAcrossXhrAndFetchWithCookiesBlocked() {
    try (Browser browser = BrowserKind.CHROMIUM_COOKIES_BLOCKED.start()) {
      List<String> answers = session(browser, withMiddleware);

      assertEquals(Boolean.TRUE, browser.eval("window.memcookiesOn"));
      assertEquals("", browser.eval("document.cookie"), "the browser keeps no cookie");
      assertEquals(LOGGED_IN_AND_OUT, answers);
      assertOnlyExpected401s(browser);
    }
  }

  @Test
  void withoutTheMiddlewareABrowserBlockingCookiesLosesTheSession() {
    try (Browser browser = BrowserKind.CHROMIUM_COOKIES_BLOCKED.start()) {
      List<String> answers = session(browser, plain);

      assertEquals("200 {\"user\":\"ada\"}", answers.get(1));
      assertEquals("401 {\"error\":\"no session\"}", answers.get(2), "the blocked profile really blocks");
      assertOnlyExpected401s(browser);
    }
  }

  @Test
  void withCookiesOnBehavesExactlyAsWithoutTheMiddleware() {
    try (Browser browser = BrowserKind.CHROMIUM.start()) {
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
  }
}
