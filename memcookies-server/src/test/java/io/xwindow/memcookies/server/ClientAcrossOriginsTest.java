package io.xwindow.memcookies.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Loopback;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Profile;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * memcookies.js on a page of one origin, calling APIs on two other origins behind the middleware:
 * each allowed origin gets its own jar (and only it), which comes back merged, tombstones remove
 * names of that jar only; no jar goes to an origin that is not allowed.
 */
class ClientAcrossOriginsTest {
  @RegisterExtension static Origins origins = new Origins();
  private static Loopback api;
  private static Loopback otherApi;
  private static Loopback stranger;
  private static final List<String> strangerSaw = new CopyOnWriteArrayList<>();
  private static final List<String> apiSaw = new CopyOnWriteArrayList<>();
  private static final List<String> otherApiSaw = new CopyOnWriteArrayList<>();

  /** An API behind its own middleware and keys, that notes each jar it is sent. */
  private static Loopback api(List<String> saw) {
    MemCookiesHandler middleware = MemCookiesMiddleware.builder(Keyring.generate())
        .allowOrigins(origins.a().origin()).build().handler(MemCookiesHandlerTest::app);
    return new Loopback(exchange -> {
      String jar = exchange.getRequestHeaders().getFirst("x-cookies");
      if (jar != null) {
        saw.add(jar);
      }
      middleware.handleRequest(exchange);
    });
  }

  @BeforeAll
  static void start() {
    api = api(apiSaw);
    otherApi = api(otherApiSaw);
    stranger = new Loopback(exchange -> {
      String jar = exchange.getRequestHeaders().getFirst("x-cookies");
      String asked = exchange.getRequestHeaders().getFirst("access-control-request-headers");
      if (jar != null || (asked != null && asked.contains("x-cookies"))) {
        strangerSaw.add(exchange.getRequestMethod() + " " + jar + " " + asked);
      }
      exchange.getResponseHeaders().put(new HttpString("Access-Control-Allow-Origin"), "*");
      exchange.getResponseHeaders().put(new HttpString("Access-Control-Allow-Headers"), "*");
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
      exchange.getResponseSender().send("stranger");
    });
  }

  @AfterAll
  static void stop() {
    api.close();
    otherApi.close();
    stranger.close();
  }

  private static String apiOrigin() {
    return "http://localhost:" + api.port();
  }

  private static String apiUrl(String path) {
    return apiOrigin() + path;
  }

  /** The other API on another origin: the same host as the page, another port. */
  private static String otherApiUrl(String path) {
    return "http://127.0.0.1:" + otherApi.port() + path;
  }

  private static void openPage(Browser browser) {
    openPage(browser, "memcookies.patchXhr(); memcookies.patchFetch();");
  }

  private static void openPage(Browser browser, String switchOn) {
    servePage(switchOn);
    browser.open(origins.a().url("/page.html"));
  }

  private static void servePage(String switchOn) {
    origins.a().bundle("memcookies.js");
    origins.a().page("/page.html", Html.page(Html.script("/bundles/memcookies.js") + Html.inline(
        "memcookies.allowOrigins(['" + apiOrigin() + "', '" + otherApiUrl("") + "']);" + switchOn
            + "window.viaXhr = function (method, url) { return new Promise(function (resolve) {"
            + "  var x = new XMLHttpRequest(); x.open(method, url);"
            + "  x.onload = function () { resolve(x.status + ' ' + x.responseText); }; x.send(); }); };"
            + "window.viaFetch = function (method, url) { return fetch(url, {method: method})"
            + "  .then(function (r) { return r.text().then(function (t) { return r.status + ' ' + t; }); }); };")));
  }

  private static String call(Browser browser, String call) {
    browser.run("window.result = null; " + call + ".then(function (r) { window.result = r; });");
    browser.waitFor("window.result !== null");
    return browser.string("window.result");
  }

  /** The names in the jar of the API's origin. */
  private static String names(Browser browser) {
    return browser.string("Object.keys(memcookies.getCookies('" + apiOrigin() + "')).sort().join(',')");
  }

  private static void logsInEchoesAndLogsOut(Browser browser, String transport) {
    openPage(browser);

    assertEquals("200 raw=null api={}", call(browser, transport + "('POST', '" + apiUrl("/login") + "')"));
    assertEquals("csrf,sid", names(browser));
    assertEquals("200 raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}",
        call(browser, transport + "('GET', '" + apiUrl("/echo") + "')"));
    call(browser, transport + "('POST', '" + apiUrl("/logout") + "')");
    assertEquals("", names(browser), "tombstones remove names");
    assertEquals("200 raw=null api={}", call(browser, transport + "('GET', '" + apiUrl("/echo") + "')"));
  }

  @CrossBrowser
  void carriesTheJarToAnAllowedOriginWithXhr(Browser browser) {
    logsInEchoesAndLogsOut(browser, "viaXhr");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no fetch"))
  void carriesTheJarToAnAllowedOriginWithFetch(Browser browser) {
    logsInEchoesAndLogsOut(browser, "viaFetch");
  }

  private static void neverSendsTheJarToAnotherOrigin(Browser browser, String transport) {
    openPage(browser);
    call(browser, "viaXhr('POST', '" + apiUrl("/login") + "')");
    strangerSaw.clear();
    String url = "http://127.0.0.1:" + stranger.port() + "/";

    assertEquals("200 stranger", call(browser, transport + "('GET', '" + url + "')"));
    assertEquals(List.of(), strangerSaw);
    assertEquals("csrf,sid", names(browser));
  }

  @CrossBrowser
  void neverSendsTheJarToAnotherOriginWithXhr(Browser browser) {
    neverSendsTheJarToAnotherOrigin(browser, "viaXhr");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no fetch"))
  void neverSendsTheJarToAnotherOriginWithFetch(Browser browser) {
    neverSendsTheJarToAnotherOrigin(browser, "viaFetch");
  }

  /** An open redirect of the API to the stranger, who answers every preflight: the jar never gets there. */
  private static void keepsTheJarHomeAcrossRedirects(Browser browser, String transport) {
    openPage(browser);
    call(browser, "viaXhr('POST', '" + apiUrl("/login") + "')");
    strangerSaw.clear();
    String away = apiUrl("/redirect?to=" + java.net.URLEncoder.encode(
        "http://127.0.0.1:" + stranger.port() + "/", java.nio.charset.StandardCharsets.UTF_8));

    String answer = call(browser, transport + "('GET', '" + away + "')");

    assertEquals(List.of(), strangerSaw, "the stranger got no jar");
    assertTrue(answer.startsWith("302"), "the page sees the redirect, not followed: " + answer);
    assertEquals("200 raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}",
        call(browser, transport + "('GET', '" + apiUrl("/redirect?to=/echo") + "')"),
        "a redirect within the API's origin is followed with its jar");
    assertEquals("csrf,sid", names(browser));
  }

  @CrossBrowser
  void keepsTheJarHomeWhenARedirectLeavesTheOriginWithXhr(Browser browser) {
    keepsTheJarHomeAcrossRedirects(browser, "viaXhr");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no fetch"))
  void keepsTheJarHomeWhenARedirectLeavesTheOriginWithFetch(Browser browser) {
    keepsTheJarHomeAcrossRedirects(browser, "viaFetch");
  }

  /**
   * A page (or a library on it) that added an enumerable member to {@code Object.prototype}: the
   * answers' own names are merged, never that member.
   */
  @CrossBrowser
  void mergesOnlyTheAnswersOwnNamesNotWhatThePageAddedToObjectPrototype(Browser browser) {
    openPage(browser);
    browser.run("Object.prototype.injected = 'from-the-page';");
    try {
      call(browser, "viaXhr('POST', '" + apiUrl("/login") + "')");
      browser.run("memcookies.setCookies({pref: 'dark'}); memcookies.setCookies('{\"theme\":\"light\"}');");

      assertEquals("csrf,sid", names(browser));
      assertEquals("pref,theme", browser.string("Object.keys(memcookies.getCookies()).sort().join(',')"));
      assertEquals("200 raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}",
          call(browser, "viaXhr('GET', '" + apiUrl("/echo") + "')"));
    } finally {
      browser.run("delete Object.prototype.injected;");
    }
  }

  private static void keepsEachOriginsJarApart(Browser browser, String transport) {
    openPage(browser);
    browser.run("memcookies.setCookies({pref: 'own-page-value'});");
    call(browser, transport + "('POST', '" + apiUrl("/login") + "')");
    apiSaw.clear();
    otherApiSaw.clear();

    // the other API removes cookies of the same names from its own jar
    call(browser, transport + "('POST', '" + otherApiUrl("/logout") + "')");

    assertEquals("200 raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}",
        call(browser, transport + "('GET', '" + apiUrl("/echo") + "')"));
    assertEquals("csrf,sid", names(browser));
    assertEquals(List.of("{}"), otherApiSaw, "the other API got its own, empty jar");
    assertEquals(1, apiSaw.size());
    assertTrue(!apiSaw.get(0).contains("own-page-value"), "the page's own jar stays home: " + apiSaw);
    assertEquals("{\"pref\":\"own-page-value\"}", browser.string("JSON.stringify(memcookies.getCookies())"));
  }

  @CrossBrowser
  void anAllowedOriginCanNeitherReadNorEraseAnothersCookiesWithXhr(Browser browser) {
    keepsEachOriginsJarApart(browser, "viaXhr");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no fetch"))
  void anAllowedOriginCanNeitherReadNorEraseAnothersCookiesWithFetch(Browser browser) {
    keepsEachOriginsJarApart(browser, "viaFetch");
  }

  /** Loads the page with {@code memcookies.auto()}, logs in by XHR: what auto said, the jar's names, document.cookie. */
  private static String autoThenLogIn(Browser browser) {
    openPage(browser, "window.on = memcookies.auto();");
    call(browser, "viaXhr('POST', '" + apiUrl("/login") + "')");
    return browser.eval("window.on") + " [" + names(browser) + "] [" + browser.string("document.cookie") + "]";
  }

  @CrossBrowser(profile = Profile.COOKIES_BLOCKED)
  void switchesItselfOnWhenTheBrowserKeepsNoCookie(Browser browser) {
    assertEquals("true [csrf,sid] []", autoThenLogIn(browser), "on, the jar filled, no probe cookie left");
  }

  /**
   * Framed by another origin, where engines refuse (WebKit) or partition (Firefox) the page's
   * cookies and refuse its SameSite=Lax ones: on without a probe, which Firefox would log as an
   * error; HtmlUnit, which would keep the probe, is on as well.
   */
  @CrossBrowser
  void switchesItselfOnInAFrameOfAnotherOriginWithoutAProbe(Browser browser) {
    servePage("window.on = memcookies.auto();");
    origins.b().page("/partner.html",
        Html.page("<iframe id=shop src=\"" + origins.a().url("/page.html") + "\"></iframe>"));
    browser.open(origins.b().url("/partner.html"));
    browser.switchToFrame("#shop");
    browser.waitFor("window.on !== undefined");
    call(browser, "viaXhr('POST', '" + apiUrl("/login") + "')");

    assertEquals("true [csrf,sid]", browser.eval("window.on") + " [" + names(browser) + "]");
  }

  @CrossBrowser
  void staysOffWhenTheBrowserKeepsCookies(Browser browser) {
    assertEquals("false [] []", autoThenLogIn(browser), "off, no jar, the probe cookie removed");
  }

  /**
   * A jar that were a plain object would drop {@code __proto__} (its inherited setter refuses a
   * string) and could not forget it either.
   */
  @CrossBrowser
  void keepsAndForgetsCookiesNamedAfterMembersOfObject(Browser browser) {
    openPage(browser);

    call(browser, "viaXhr('POST', '" + apiUrl("/object-member-names") + "')");

    assertEquals(String.join(",", MemCookiesHandlerTest.OBJECT_MEMBER_NAMES), names(browser));
    assertEquals("200 raw=__proto__=v-__proto__; constructor=v-constructor; hasOwnProperty=v-hasOwnProperty;"
        + " toString=v-toString api={__proto__=v-__proto__, constructor=v-constructor,"
        + " hasOwnProperty=v-hasOwnProperty, toString=v-toString}", call(browser, "viaXhr('GET', '" + apiUrl("/echo") + "')"));
    browser.run("memcookies.setCookies('{\"__proto__\":null,\"toString\":null}', '" + apiOrigin() + "');");
    assertEquals("constructor,hasOwnProperty", names(browser));
  }

  @CrossBrowser
  void mergesJarsAndForgetsTombstones(Browser browser) {
    openPage(browser);

    browser.run("memcookies.setCookies('{\"a\":\"1\",\"b\":\"2\"}');"
        + "memcookies.setCookies({c: '3', d: 4});"
        + "memcookies.setCookies('{\"a\":null}');");

    assertEquals("{\"b\":\"2\",\"c\":\"3\"}", browser.string("JSON.stringify(memcookies.getCookies())"));
    assertEquals("x-cookies", browser.string("memcookies.getHeaderName()"));
    browser.run("memcookies.getCookies().b = 'changed';");
    assertEquals("2", browser.string("memcookies.getCookies().b"), "getCookies gives a copy");
    assertTrue(Boolean.TRUE.equals(browser.eval("(function () { try { memcookies.setCookies('{oops'); return false; }"
        + " catch (e) { return e instanceof SyntaxError; } })()")), "bad JSON throws to the caller");
  }

  @CrossBrowser
  void sendsEachSealedValueOnceWithTheNamesItHolds(Browser browser) {
    openPage(browser);
    call(browser, "viaXhr('POST', '" + apiUrl("/login") + "')");
    call(browser, "viaXhr('GET', '" + apiUrl("/page") + "')");

    assertEquals("csrf,pref,sid", names(browser));
    assertEquals("200 raw=sid=user-42; csrf=t0k3n; pref=dark api={csrf=t0k3n, pref=dark, sid=user-42}",
        call(browser, "viaXhr('GET', '" + apiUrl("/echo") + "')"));
    assertTrue(apiSaw.get(apiSaw.size() - 1).matches("\\{\"sid csrf\":\"[A-Za-z0-9_-]+\",\"pref\":\"[A-Za-z0-9_-]+\"}"),
        apiSaw.get(apiSaw.size() - 1));
    // that answer sealed the jar of two values again as one, which the page now sends for the names it still holds
    browser.run("memcookies.setCookies('{\"sid\":null}', '" + apiOrigin() + "');");
    assertEquals("200 raw=csrf=t0k3n; pref=dark api={csrf=t0k3n, pref=dark}",
        call(browser, "viaXhr('GET', '" + apiUrl("/echo") + "')"));
    assertTrue(apiSaw.get(apiSaw.size() - 1).matches("\\{\"csrf pref\":\"[A-Za-z0-9_-]+\"}"), apiSaw.get(apiSaw.size() - 1));
    browser.run("memcookies.setCookies('{\"x y\":\"v\",\"z\":\"w\"}'); memcookies.setCookies({'y z': null});");
    assertEquals("{\"x\":\"v\"}", browser.string("JSON.stringify(memcookies.getCookies())"), "a member's every name");
  }
}
