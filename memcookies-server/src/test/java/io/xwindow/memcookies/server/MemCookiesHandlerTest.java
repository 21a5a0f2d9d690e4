package io.xwindow.memcookies.server;

import io.xwindow.memcookies.server.error.ErrorCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import io.xwindow.testkit.Loopback;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every rule of the middleware, over HTTP against a real Undertow on loopback. */
class MemCookiesHandlerTest {
  private static final Keyring KEYS = Keyring.generate();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T08:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };
  private MemCookiesHandler handler;
  private Loopback server;

  /** Cookie names that are members of JavaScript's {@code Object}: a client's jar must hold them like any other. */
  static final List<String> OBJECT_MEMBER_NAMES = List.of("__proto__", "constructor", "hasOwnProperty", "toString");

  /** The application behind the middleware: sets, removes and shows cookies. */
  static void app(HttpServerExchange exchange) {
    switch (exchange.getRequestPath()) {
      case "/object-member-names" -> OBJECT_MEMBER_NAMES.forEach(
          name -> exchange.setResponseCookie(new CookieImpl(name, "v-" + name).setPath("/")));
      case "/login" -> {
        exchange.setResponseCookie(new CookieImpl("sid", "user-42").setHttpOnly(true).setPath("/"));
        exchange.getResponseHeaders().add(Headers.SET_COOKIE, "csrf=t0k3n; Max-Age=600; Path=/");
      }
      case "/logout" -> {
        exchange.setResponseCookie(new CookieImpl("sid", "").setMaxAge(0).setPath("/"));
        exchange.getResponseHeaders().add(Headers.SET_COOKIE, "csrf=; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
      }
      case "/redirect" -> { // an open redirect, as an application may have one
        exchange.setStatusCode(Integer.parseInt(
            exchange.getQueryParameters().getOrDefault("status", new java.util.ArrayDeque<>(List.of("302"))).getFirst()));
        exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getQueryParameters().get("to").getFirst());
        return;
      }
      case "/page" -> {
        exchange.setResponseCookie(new CookieImpl("pref", "dark").setPath("/"));
        exchange.getResponseSender().send("<script>memcookies.setCookies(" + MemCookiesHandler.sealedJar(exchange) + ")</script>");
        return;
      }
      default -> { }
    }
    Map<String, String> api = new TreeMap<>();
    for (Cookie cookie : exchange.requestCookies()) {
      api.put(cookie.getName(), cookie.getValue());
    }
    // typed, as an application answers: Firefox logs an XML parse error for an untyped answer
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
    exchange.getResponseSender().send("raw=" + exchange.getRequestHeaders().getFirst(Headers.COOKIE) + " api=" + api);
  }

  private void start(MemCookiesMiddleware.Builder options) {
    handler = options.clock(clock).build().handler(MemCookiesHandlerTest::app);
    server = new Loopback(handler);
  }

  private void start() {
    start(MemCookiesMiddleware.builder(KEYS));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static String jar(HttpResponse<String> response) {
    return response.headers().firstValue("x-cookies").orElseThrow(() -> new AssertionError("no x-cookies"));
  }

  /** An answer's jar by cookie name, "null" for a tombstone (each name of a member gets its value). */
  static Map<String, String> parsed(String json) {
    Map<String, String> byName = new java.util.LinkedHashMap<>();
    new JarHeader(Limits.DEFAULT).parse(json.replace(":null", ":\"null\"")).value().forEach((member, value) -> {
      for (String name : JarHeader.names(member)) {
        byName.put(name, value);
      }
    });
    return byName;
  }

  @Test
  void sealsEveryCookieSetInCookiesDisabledModeAndSendsNoSetCookie() throws Exception {
    start();

    HttpResponse<String> login = server.send("POST", "/login", "x-cookies", "{}");

    assertEquals(200, login.statusCode());
    assertEquals(List.of(), login.headers().allValues("set-cookie"));
    assertEquals(List.of("sid", "csrf"), List.copyOf(parsed(jar(login)).keySet()));
    assertTrue(jar(login).matches("\\{\"sid csrf\":\"[A-Za-z0-9_-]+\"}"), "both in one sealed value: " + jar(login));
    assertFalse(jar(login).contains("user-42"));
    assertEquals("no-store", login.headers().firstValue("cache-control").orElseThrow());
    assertTrue(login.headers().allValues("vary").contains("x-cookies"));
  }

  @Test
  void givesTheJarToTheApplicationAsTheRawHeaderAndThroughUndertowsCookieApi() throws Exception {
    start();
    String jar = jar(server.send("POST", "/login", "x-cookies", "{}"));

    HttpResponse<String> echo = server.send("GET", "/echo", "x-cookies", jar);

    assertEquals("raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}", echo.body());
    assertEquals("{}", jar(echo), "nothing changed");
  }

  @Test
  void sealsAndOpensCookiesNamedAfterMembersOfJavaScriptsObject() throws Exception {
    start();
    String jar = jar(server.send("POST", "/object-member-names", "x-cookies", "{}"));

    assertEquals(OBJECT_MEMBER_NAMES, List.copyOf(parsed(jar).keySet()));
    assertEquals("raw=__proto__=v-__proto__; constructor=v-constructor; hasOwnProperty=v-hasOwnProperty;"
        + " toString=v-toString api={__proto__=v-__proto__, constructor=v-constructor,"
        + " hasOwnProperty=v-hasOwnProperty, toString=v-toString}", server.send("GET", "/echo", "x-cookies", jar).body());
  }

  @Test
  void replacesCookiesTheClientSentInTheCookieHeader() throws Exception {
    start();

    assertEquals("raw=null api={}", server.send("GET", "/echo", "x-cookies", "{}", "cookie", "forged=1").body());
  }

  @Test
  void sendsTombstonesForRemovedCookies() throws Exception {
    start();
    String jar = jar(server.send("POST", "/login", "x-cookies", "{}"));

    HttpResponse<String> logout = server.send("POST", "/logout", "x-cookies", jar);

    assertEquals("{\"sid\":null,\"csrf\":null}", jar(logout));
    assertEquals(List.of(), logout.headers().allValues("set-cookie"));
  }

  @Test
  void passesRequestsWithoutTheHeaderThroughUntouched() throws Exception {
    start();

    HttpResponse<String> login = server.send("POST", "/login", "cookie", "a=1");

    assertEquals(2, login.headers().allValues("set-cookie").size());
    assertTrue(login.headers().firstValue("x-cookies").isEmpty());
    assertTrue(login.headers().firstValue("cache-control").isEmpty());
    assertEquals("raw=a=1 api={a=1}", server.send("GET", "/echo", "cookie", "a=1").body());
  }

  @Test
  void dropsAndForgetsExpiredValues() throws Exception {
    start(MemCookiesMiddleware.builder(KEYS).ceiling(Duration.ofMinutes(5)));
    String jar = jar(server.send("POST", "/login", "x-cookies", "{}"));

    now.set(now.get().plusSeconds(299));
    assertEquals("raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}", server.send("GET", "/echo", "x-cookies", jar).body());
    now.set(now.get().plusSeconds(1));
    HttpResponse<String> late = server.send("GET", "/echo", "x-cookies", jar);

    assertEquals("raw=null api={}", late.body());
    assertEquals("{\"sid\":null,\"csrf\":null}", jar(late));
    assertEquals(2, handler.stats().count(ErrorCode.EXPIRED));
  }

  @Test
  void refusesAValueMovedToAnotherHostOrName() throws Exception {
    start();
    Map<String, String> jar = parsed(jar(server.send("POST", "/login", "x-cookies", "{}")));

    assertEquals("raw=null api={}", server.send("GET", "//localhost/echo", "x-cookies", JarHeader.write(jar)).body());
    assertEquals("raw=null api={}",
        server.send("GET", "/echo", "x-cookies", "{\"admin\":\"" + jar.get("sid") + "\"}").body());
    assertEquals(2 + 1, handler.stats().count(ErrorCode.TAMPERED));
  }

  @Test
  void opensOnlyTheSpellingOfAJarItWrote() throws Exception {
    start();
    String pref = parsed(jar(server.send("GET", "/page", "x-cookies", "{}"))).get("pref");
    assertNotEquals(0, pref.length() % 4, "a tail of 2 or 3 characters: the lowest bit unused");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    String strayBits = pref.substring(0, pref.length() - 1)
        + alphabet.charAt(alphabet.indexOf(pref.charAt(pref.length() - 1)) | 1);
    String escaped = "{\"pref\":\"\\u00" + Integer.toHexString(pref.charAt(0)) + pref.substring(1) + "\"}";

    for (String respelled : List.of("{\"pref\":\"" + strayBits + "\"}", escaped)) {
      HttpResponse<String> echo = server.send("GET", "/echo", "x-cookies", respelled);
      assertEquals("raw=null api={}", echo.body(), respelled);
    }
    assertEquals("raw=pref=dark api={pref=dark}",
        server.send("GET", "/echo", "x-cookies", "{\"pref\":\"" + pref + "\"}").body());
    assertEquals(2, handler.stats().count(ErrorCode.MALFORMED));
  }

  @Test
  void takesFromASealedValueOnlyTheNamesItsMemberLists() throws Exception {
    start();
    String both = parsed(jar(server.send("POST", "/login", "x-cookies", "{}"))).get("sid");

    assertEquals("raw=csrf=t0k3n api={csrf=t0k3n}",
        server.send("GET", "/echo", "x-cookies", "{\"csrf\":\"" + both + "\"}").body());
    assertEquals("raw=sid=user-42; csrf=t0k3n api={csrf=t0k3n, sid=user-42}",
        server.send("GET", "/echo", "x-cookies", "{\"sid\":\"" + both + "\",\"csrf\":\"" + both + "\"}").body(),
        "memcookies' own client sends each name with its value");
    HttpResponse<String> moved = server.send("GET", "/echo", "x-cookies", "{\"csrf admin\":\"" + both + "\"}");
    assertEquals("raw=csrf=t0k3n api={csrf=t0k3n}", moved.body());
    assertEquals("{\"admin\":null}", jar(moved));
  }

  @Test
  void answersACookieSetAgainWithItsNewValueAndNoTombstone() throws Exception {
    HttpHandler app = exchange -> exchange.setResponseCookie(new CookieImpl("sid", "new").setPath("/"))
        .setResponseCookie(new CookieImpl("csrf", "new").setPath("/"));
    try (Loopback direct = new Loopback(new MemCookiesHandler(KEYS, app))) {
      String answer = jar(direct.send("GET", "/", "x-cookies", "{\"sid\":\"AAAA\"}")); // a value that does not open

      assertTrue(answer.matches("\\{\"sid csrf\":\"[A-Za-z0-9_-]+\"}"), answer);
    }
  }

  @Test
  void refusesValuesOfAnotherKeyring() throws Exception {
    start();
    String foreign;
    try (Loopback other = new Loopback(MemCookiesMiddleware.builder(Keyring.generate()).build().handler(MemCookiesHandlerTest::app))) {
      foreign = jar(other.send("POST", "/login", "x-cookies", "{}"));
    }

    assertEquals("raw=null api={}", server.send("GET", "/echo", "x-cookies", foreign).body());
    assertEquals(2, handler.stats().count(ErrorCode.UNKNOWN_KEY));
  }

  @Test
  void treatsABadHeaderAsAnEmptyJarNeverAs500() throws Exception {
    start();

    for (String bad : List.of("nope", "{\"a\":1}", "[]", "{\"a\":\"" + "x".repeat(5000) + "\"}")) {
      HttpResponse<String> response = server.send("GET", "/echo", "x-cookies", bad, "cookie", "real=1");
      assertEquals(200, response.statusCode(), bad);
      assertEquals("raw=null api={}", response.body(), bad);
      assertEquals("{}", jar(response));
    }
    assertEquals(3, handler.stats().count(ErrorCode.MALFORMED));
    assertEquals(1, handler.stats().count(ErrorCode.TOO_LARGE));
  }

  @Test
  void refusesTwoHeaders() throws Exception {
    start();
    String jar = jar(server.send("POST", "/login", "x-cookies", "{}"));

    assertEquals("raw=null api={}", server.send("GET", "/echo", "x-cookies", jar, "x-cookies", "{}").body());
    assertEquals(1, handler.stats().count(ErrorCode.MALFORMED));
  }

  @Test
  void letsThePageEmbedTheSealedJarWhileItRenders() throws Exception {
    start();

    HttpResponse<String> page = server.send("GET", "/page", "accept", "text/html");

    String embedded = page.body().replaceAll(".*setCookies\\((.*)\\).*", "$1");
    assertEquals(List.of("pref"), List.copyOf(parsed(embedded).keySet()));
    assertEquals("raw=pref=dark api={pref=dark}", server.send("GET", "/echo", "x-cookies", embedded).body());
    assertEquals(1, page.headers().allValues("set-cookie").size(), "with cookies on, the cookie is set too");
  }

  @Test
  void exposesTheFirstRenderViewAsAnAttachment() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    HttpHandler app = exchange -> {
      exchange.setResponseCookie(new CookieImpl("a", "1"));
      seen.set(exchange.getAttachment(MemCookiesHandler.FIRST_RENDER).sealedJar());
    };
    try (Loopback direct = new Loopback(new MemCookiesHandler(KEYS, app))) {
      direct.send("GET", "/");
    }
    assertTrue(seen.get().startsWith("{\"a\":\""), seen.get());
    assertThrows(IllegalStateException.class, () -> MemCookiesHandler.sealedJar(new HttpServerExchange(null)));
  }

  @Test
  void answersThePreflightOfAnAllowedOriginOnly() throws Exception {
    start(MemCookiesMiddleware.builder(KEYS).allowOrigins("http://localhost:9999"));

    HttpResponse<String> allowed = server.send("OPTIONS", "/login", "origin", "http://localhost:9999",
        "access-control-request-method", "POST", "access-control-request-headers", "x-cookies");
    HttpResponse<String> other = server.send("OPTIONS", "/login", "origin", "http://evil.example",
        "access-control-request-method", "POST", "access-control-request-headers", "x-cookies");

    assertEquals(204, allowed.statusCode());
    assertEquals("http://localhost:9999", allowed.headers().firstValue("access-control-allow-origin").orElseThrow());
    assertEquals("POST", allowed.headers().firstValue("access-control-allow-methods").orElseThrow());
    assertTrue(allowed.headers().firstValue("access-control-allow-headers").orElseThrow().contains("x-cookies"));
    assertTrue(allowed.headers().allValues("vary").contains("Origin"));
    assertTrue(allowed.headers().firstValue("access-control-allow-credentials").isEmpty());
    assertTrue(other.headers().firstValue("access-control-allow-origin").isEmpty());
    assertEquals(200, other.statusCode(), "not ours to answer: the application's");
  }

  @Test
  void letsAnAllowedOriginReadTheJar() throws Exception {
    start(MemCookiesMiddleware.builder(KEYS).allowOrigins("http://localhost:9999"));

    HttpResponse<String> allowed = server.send("POST", "/login", "origin", "http://localhost:9999", "x-cookies", "{}");
    HttpResponse<String> other = server.send("POST", "/login", "origin", "http://evil.example", "x-cookies", "{}");

    assertEquals("x-cookies", allowed.headers().firstValue("access-control-expose-headers").orElseThrow());
    assertEquals("http://localhost:9999", allowed.headers().firstValue("access-control-allow-origin").orElseThrow());
    assertTrue(other.headers().firstValue("access-control-expose-headers").isEmpty());
    assertTrue(other.headers().firstValue("access-control-allow-origin").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> MemCookiesMiddleware.builder(KEYS).allowOrigins("*"));
  }

  private HttpResponse<String> redirect(String to, int status, String... headers) {
    return server.send("GET", "/redirect?status=" + status + "&to=" + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8), headers);
  }

  @Test
  void answersARedirectToAnotherOriginWithoutItsLocationSoTheJarStaysHome() throws Exception {
    start();
    String jar = jar(server.send("POST", "/login", "x-cookies", "{}"));
    int port = server.port();
    List<String> elsewhere = List.of("http://evil.example/", "//evil.example/steal", "https://127.0.0.1:" + port + "/",
        "http://127.0.0.1:" + (port == 65535 ? 1 : port + 1) + "/", "http://localhost:" + port + "/",
        "http://127.0.0.1:" + port + "@evil.example/", "/\\evil.example/", "\t//evil.example/", "http:evil.example",
        "javascript:alert(1)");

    for (int status : List.of(301, 302, 303, 307, 308)) {
      for (String to : elsewhere) {
        HttpResponse<String> answer = redirect(to, status, "x-cookies", jar);
        assertEquals(status, answer.statusCode());
        assertEquals(java.util.Optional.empty(), answer.headers().firstValue("location"), to);
      }
    }
  }

  @Test
  void keepsRedirectsWithinTheOriginAndAnswersWithoutAJarUntouched() throws Exception {
    start();
    String jar = jar(server.send("POST", "/login", "x-cookies", "{}"));
    int port = server.port();

    for (String home : List.of("/echo", "echo", "?next=1", "#top", "http://127.0.0.1:" + port + "/echo",
        "HTTP://127.0.0.1:" + port + "/echo", "//127.0.0.1:" + port + "/echo")) {
      assertEquals(java.util.Optional.of(home), redirect(home, 302, "x-cookies", jar).headers().firstValue("location"));
    }
    assertEquals(java.util.Optional.of("http://evil.example/"),
        redirect("http://evil.example/", 302).headers().firstValue("location"), "no jar, nothing to keep home");
    assertEquals(java.util.Optional.of("http://evil.example/"),
        redirect("http://evil.example/", 201, "x-cookies", jar).headers().firstValue("location"), "not a redirect");
  }

  @Test
  void refusesACeilingOver20Minutes() {
    assertThrows(IllegalArgumentException.class,
        () -> MemCookiesMiddleware.builder(KEYS).ceiling(Duration.ofMinutes(21)));
    assertThrows(IllegalArgumentException.class, () -> MemCookiesMiddleware.builder(null));
  }

  @Test
  void sealsCookiesAnInnerCommitListenerChanged() throws Exception {
    HttpHandler inner = exchange -> {
      exchange.addResponseCommitListener(e -> e.setResponseCookie(new CookieImpl("late", "1")));
      app(exchange);
    };
    try (Loopback direct = new Loopback(new MemCookiesHandler(KEYS, inner))) {
      assertEquals(List.of("late"), List.copyOf(parsed(jar(direct.send("GET", "/echo", "x-cookies", "{}"))).keySet()));
    }
  }

  @Test
  void readsRawSetCookieHeadersItCannotParseAsNothing() throws Exception {
    HttpHandler app = exchange -> exchange.getResponseHeaders()
        .add(Headers.SET_COOKIE, "bad=1; Max-Age=soon").add(Headers.SET_COOKIE, "gone=; Max-Age=-5")
        .add(Headers.SET_COOKIE, "ok=2");
    try (Loopback direct = new Loopback(new MemCookiesHandler(KEYS, app))) {
      HttpResponse<String> response = direct.send("GET", "/", "x-cookies", "{}");
      assertEquals(200, response.statusCode());
      Map<String, String> jar = parsed(jar(response));
      assertEquals("null", jar.get("gone"));
      assertTrue(jar.containsKey("ok"));
      assertNull(jar.get("bad"));
    }
  }
  /** The header memcookies.js sends for a jar of names to values: names that share a value as one member. */
  private static String clientHeader(Map<String, String> jar) {
    Map<String, String> byValue = new java.util.LinkedHashMap<>();
    jar.forEach((name, value) -> byValue.merge(value, name, (names, more) -> names + " " + more));
    Map<String, String> header = new java.util.LinkedHashMap<>();
    byValue.forEach((value, names) -> header.put(names, value));
    return JarHeader.write(header);
  }

  /** Merges an answer's jar as memcookies.js does: each name to its value, a tombstone removes it. */
  private static void merge(Map<String, String> jar, HttpResponse<String> answer) {
    parsed(jar(answer)).forEach((name, value) -> {
      if (value.equals("null")) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
    });
  }

  /** Starts the server and logs in; then a page sets one more cookie: a jar in two sealed values, merged. */
  private Map<String, String> jarInTwoValues() throws Exception {
    start();
    Map<String, String> jar = new java.util.LinkedHashMap<>();
    merge(jar, server.send("POST", "/login", "x-cookies", "{}"));
    merge(jar, server.send("GET", "/page", "x-cookies", clientHeader(jar)));
    return jar;
  }

  @Test
  void sealsAJarThatCameInSeveralValuesAgainAsOneSoThatLaterRequestsAreShorter() throws Exception {
    Map<String, String> jar = jarInTwoValues();
    String twoValues = clientHeader(jar);
    assertEquals(List.of("sid csrf", "pref"), List.copyOf(new JarHeader(Limits.DEFAULT).parse(twoValues).value().keySet()));

    now.set(now.get().plusSeconds(100));
    HttpResponse<String> echo = server.send("GET", "/echo", "x-cookies", twoValues);

    assertEquals("raw=sid=user-42; csrf=t0k3n; pref=dark api={csrf=t0k3n, pref=dark, sid=user-42}", echo.body());
    assertTrue(jar(echo).matches("\\{\"sid csrf pref\":\"[A-Za-z0-9_-]+\"}"), jar(echo));
    merge(jar, echo);
    String oneValue = clientHeader(jar);
    assertTrue(oneValue.length() <= twoValues.length() - 44, oneValue.length() + " against " + twoValues.length());
    HttpResponse<String> next = server.send("GET", "/echo", "x-cookies", oneValue);
    assertEquals(echo.body(), next.body());
    assertEquals("{}", jar(next), "one value: nothing to change");
    now.set(now.get().plusSeconds(1099));
    assertEquals("raw=sid=user-42; pref=dark api={pref=dark, sid=user-42}",
        server.send("GET", "/echo", "x-cookies", oneValue).body(), "csrf's Max-Age=600 kept");
    now.set(now.get().plusSeconds(1));
    assertEquals("raw=null api={}", server.send("GET", "/echo", "x-cookies", oneValue).body(),
        "sealed again 100 s later, each cookie still expires when it did");
  }

  @Test
  void sealsAgainWithTheCookiesAnAnswerSetsAndRemoves() throws Exception {
    Map<String, String> jar = jarInTwoValues();

    HttpResponse<String> logout = server.send("POST", "/logout", "x-cookies", clientHeader(jar));
    HttpResponse<String> login = server.send("POST", "/login", "x-cookies", clientHeader(jar));

    assertTrue(jar(logout).matches("\\{\"sid\":null,\"csrf\":null,\"pref\":\"[A-Za-z0-9_-]+\"}"), jar(logout));
    assertTrue(jar(login).matches("\\{\"pref sid csrf\":\"[A-Za-z0-9_-]+\"}"), jar(login));
    assertEquals("raw=pref=dark; sid=user-42; csrf=t0k3n api={csrf=t0k3n, pref=dark, sid=user-42}",
        server.send("GET", "/echo", "x-cookies", jar(login)).body());
  }
  @Test
  void givesTheApplicationTheCookiesUndertowParsesFromTheSameCookieHeader() throws Exception {
    List<List<String>> jars = List.of(
        List.of("sid", "Yk3kQ8sX2v9Lq0pWc7nE1A", "theme", "dark", "recent", "sku-1234.sku-5678", "odd", "a-._~!*+/:Z9"),
        List.of("sid", "abc", "at", "a@b"), List.of("sid", "abc", "caret", "a^b|c"),
        List.of("sid", "abc", "eq", "a=b"), List.of("sid", "abc", "quoted", "\"q\""), List.of("sid", "abc", "sp", "a b"),
        List.of("sid", "abc", "empty", ""), List.of("$Path", "/x", "sid", "abc"), List.of("sid", "abc", "comma", "a,b"),
        List.of("sid", "abc", "semi", "a;b=c"), List.of("sid", "abc", "dollar", "$x"));
    for (List<String> cookies : jars) {
      HttpHandler app = exchange -> {
        if (exchange.getRequestPath().equals("/set")) {
          for (int i = 0; i < cookies.size(); i += 2) {
            exchange.setResponseCookie(new CookieImpl(cookies.get(i), cookies.get(i + 1)).setPath("/"));
          }
        } else {
          app(exchange);
        }
      };
      try (Loopback through = new Loopback(new MemCookiesHandler(KEYS, app)); Loopback direct = new Loopback(app)) {
        String jar = jar(through.send("POST", "/set", "x-cookies", "{}"));

        String seen = through.send("GET", "/echo", "x-cookies", jar).body();
        String header = seen.substring("raw=".length(), seen.indexOf(" api="));
        assertTrue(header.startsWith("sid=abc") || header.startsWith("sid=Yk") || header.startsWith("$Path"), seen);
        assertEquals(direct.send("GET", "/echo", "cookie", header).body(), seen, cookies.toString());
      }
    }
  }
}
