package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Profile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The samples as a person uses them: open the parent site, click, see the child answer. */
@Tag(Lane.BUNDLE) // the samples serve the built bundles
class SamplesServerTest {
  @RegisterExtension static RunningSamples samples = new RunningSamples();

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bothSitesServeTheSharedScriptsWithTheOriginsFilledIn() throws Exception {
    HttpResponse<String> fromParent = get(samples.server().parentOrigin() + "/shared/log-in.js");
    HttpResponse<String> fromChild = get(samples.server().childOrigin() + "/shared/log-in.js");

    assertEquals(200, fromParent.statusCode());
    assertEquals("text/javascript; charset=utf-8", fromParent.headers().firstValue("Content-Type").orElse(""));
    assertEquals(fromParent.body(), fromChild.body(), "one definition for both sites");
    assertTrue(fromParent.body().contains("url: '" + samples.server().childOrigin() + "/log-in.html'"), fromParent.body());
    assertTrue(fromParent.body().contains("allowedParentDomains: '" + samples.server().parentOrigin() + "'"), fromParent.body());
  }

  @Test
  void onlyScriptsOfTheSharedFolderAreShared() throws Exception {
    assertEquals(404, get(samples.server().childOrigin() + "/shared/missing.js").statusCode());
    assertEquals(404, get(samples.server().childOrigin() + "/shared/log-in.html").statusCode());
    assertEquals(404, get(samples.server().childOrigin() + "/shared/..%2Fchild%2Fping.html").statusCode());
  }

  @Test
  void anUnknownBundleIs404() throws Exception {
    assertEquals(404, get(samples.server().parentOrigin() + "/bundles/nothing.js").statusCode());
    assertEquals(404, get(samples.server().childOrigin() + "/bundles/..%2Fpom.xml").statusCode());
    assertEquals(200, get(samples.server().childOrigin() + "/bundles/post-robot.js").statusCode());
  }

  @Test
  void reactAndVueAreServedFromTheirWebJarsAndNothingElseIs() throws Exception {
    HttpResponse<String> vue = get(samples.server().parentOrigin() + "/frameworks/vue.js");
    HttpResponse<String> react = get(samples.server().parentOrigin() + "/frameworks/react.js");
    HttpResponse<String> reactDom = get(samples.server().parentOrigin() + "/frameworks/react-dom.js");

    assertEquals(200, vue.statusCode());
    assertEquals("text/javascript; charset=utf-8", vue.headers().firstValue("Content-Type").orElse(""));
    assertTrue(vue.body().contains("createApp"), "Vue's global build");
    assertTrue(react.body().contains("createElement") && react.statusCode() == 200, "React's UMD build");
    assertTrue(reactDom.body().contains("createRoot") && reactDom.statusCode() == 200, "ReactDOM's UMD build");
    assertEquals(404, get(samples.server().parentOrigin() + "/frameworks/vue.global.js").statusCode());
    assertEquals(404, get(samples.server().parentOrigin() + "/frameworks/..%2Fpom.xml").statusCode());
  }

  @CrossBrowser
  void childFramesAreStyledLikeTheirParents(Browser browser) {
    String look = "getComputedStyle(document.body).fontFamily + ' ' + getComputedStyle(document.body).fontSize";
    for (String page : new String[] {"/messaging.html", "/java.html", "/ping.html", "/logging.html", "/java-card.html"}) {
      browser.open(samples.server().parentOrigin() + page);
      browser.waitFor("document.readyState === 'complete'");
      String parent = browser.string(look);
      if (page.equals("/java-card.html")) {
        browser.waitFor(ChildFrames.mark("#card", samples.server().childOrigin(), "card-child"));
        browser.switchToFrame("#card-child");
      } else {
        browser.switchToFrame("iframe");
      }
      browser.waitFor("document.readyState === 'complete'");
      String child = browser.string(look);
      browser.switchToMain();

      assertEquals(parent, child, page);
    }
  }

  @CrossBrowser
  void indexListsTheDemosOnTwoOrigins(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/");

    assertTrue(browser.string("document.body.textContent").contains(samples.server().childOrigin()));
    assertTrue(browser.number("document.querySelectorAll('#demos a').length") >= 1);
  }

  @CrossBrowser(profile = Profile.COOKIES_BLOCKED)
  void memcookiesDemoLogsInWithCookiesBlocked(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/");
    String link = browser.string("document.querySelector('#demos a[href^=\"http\"]').href");
    browser.open(link);
    browser.waitFor("document.readyState === 'complete'");

    browser.click("#login-xhr");
    browser.waitFor("document.getElementById('out').textContent.indexOf('200') >= 0");
    browser.run("document.getElementById('out').textContent = '-';");
    browser.click("#whoami-xhr");
    browser.waitFor("document.getElementById('out').textContent !== '-'");

    assertEquals(samples.server().memcookiesOrigin() + "/", link);
    assertTrue(browser.string("document.getElementById('mode').textContent").startsWith("refuses cookies"));
    assertEquals("xhr: 200 {\"user\":\"ada\"}", browser.string("document.getElementById('out').textContent"));
  }

  @CrossBrowser(profile = Profile.COOKIES_BLOCKED)
  void memcookiesDemoSaysWhatAReloadKeepsAndAReloadKeepsThat(Browser browser) {
    String page = samples.server().memcookiesOrigin() + "/";
    browser.open(page);
    browser.waitFor("document.readyState === 'complete'");
    browser.click("#login-xhr");
    browser.waitFor("document.getElementById('out').textContent.indexOf('200') >= 0");

    browser.open(page);
    browser.waitFor("document.readyState === 'complete'");
    browser.click("#whoami-xhr");
    browser.waitFor("document.getElementById('out').textContent !== '-'");

    assertEquals("xhr: 401 {\"error\":\"no session\"}", browser.string("document.getElementById('out').textContent"));
    String said = browser.string("document.getElementById('reload').textContent").replaceAll("\\s+", " ");
    assertTrue(said.contains("With cookies refused: nothing") && said.contains("starts logged out"), said);
    List<String> errors = browser.errors();
    assertTrue(errors.stream().allMatch(e -> e.contains("401")), errors.toString());
    browser.reset(); // the browser reports the 401 the page shows
  }

  @CrossBrowser
  void pingDemoAnswersAcrossOrigins(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/ping.html");
    browser.waitFor("document.readyState === 'complete'");

    browser.click("#ping");
    browser.waitFor("document.getElementById('answer').textContent !== 'none yet'");

    assertEquals(
        "pong:hello (from " + samples.server().childOrigin() + ")",
        browser.string("document.getElementById('answer').textContent"));
  }

  @CrossBrowser
  void messagingDemoShowsAnswersAndTypedErrors(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/messaging.html");
    browser.waitFor("document.readyState === 'complete'");
    browser.waitFor("document.getElementById('log').textContent.indexOf('hello from the child') >= 0");

    for (String button : new String[] {"#getUser", "#pay", "#missing", "#wrongDomain", "#callBack"}) {
      browser.click(button);
    }
    browser.waitFor("document.getElementById('log').textContent.split('\\n').length >= 7");

    String log = browser.string("document.getElementById('log').textContent");
    assertTrue(log.contains("getUser: {\"id\":42,\"name\":\"Ann\",\"askedBy\":\""
        + samples.server().parentOrigin() + "\"} (from " + samples.server().childOrigin() + ")"), log);
    assertTrue(log.contains("pay: error CARD_DECLINED: Card declined"), log);
    assertTrue(log.contains("missing: error NO_HANDLER: No handler found for post message"), log);
    assertTrue(log.contains("wrongDomain: error DOMAIN_MISMATCH"), log);
    assertTrue(log.contains("callBack: 20 (from " + samples.server().childOrigin() + ")"), log);
  }

  @CrossBrowser
  void javaChildAnswersThroughTheJavaApi(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/java.html");
    browser.waitFor("document.getElementById('log').textContent.indexOf('ready') >= 0");

    browser.click("#greet");
    browser.click("#divide");
    browser.click("#divideByZero");
    browser.click("#price");
    browser.waitFor("document.getElementById('log').textContent.split('\\n').length >= 6");

    String log = browser.string("document.getElementById('log').textContent");
    assertTrue(log.contains("the Java child is ready, xwindow 0.1.0"), log);
    assertTrue(log.contains("greet: Hello Ann, from Java"), log);
    assertTrue(log.contains("divide: 42"), log);
    assertTrue(log.contains("divideByZero: error DIVIDE_BY_ZERO: Can not divide by zero"), log);
    assertTrue(log.contains("price: {\"text\":\"12.34 EUR\",\"doubled\":2468}"), log);
  }

  @CrossBrowser
  void loggingDemoShowsWhatArrivedFromBothOrigins(Browser browser) {
    browser.open(samples.server().parentOrigin() + "/logging.html");
    browser.waitFor("document.readyState === 'complete'");

    browser.click("#warn");
    browser.waitFor("document.getElementById('arrived').textContent.indexOf('parent_clicked_warn') >= 0");
    browser.waitFor("document.getElementById('arrived').textContent.indexOf('child_loaded') >= 0");

    String arrived = browser.string("document.getElementById('arrived').textContent");
    assertTrue(arrived.contains("warn parent_clicked_warn {\"click\":1"), arrived);
    assertTrue(arrived.contains("from " + samples.server().parentOrigin()), arrived);
    assertTrue(arrived.contains("child_loaded"), arrived);
    assertTrue(arrived.contains("from " + samples.server().childOrigin()), arrived);
  }
}
