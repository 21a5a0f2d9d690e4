package io.xwindow.samples.memcookies;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import io.xwindow.memcookies.server.ClientScriptHandler;
import io.xwindow.memcookies.server.MemCookiesHandler;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.serverkit.Timeouts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;

/**
 * A small application with a login, that only knows ordinary cookies, behind {@link
 * MemCookiesHandler} (or, {@code --plain}, without it): the demo for people, the end-to-end
 * tests and the throughput benchmark. Sessions live in memory (at most 100,000, 20 minutes
 * idle); it has a keyset of its own, made at start.
 *
 * <pre>
 * POST /login?user=NAME   sets sid (HttpOnly) and csrf (Max-Age); 200 {"user":NAME}
 * GET  /whoami            200 {"user":NAME} with a valid session, 401 otherwise
 * POST /logout            removes the session and its cookie; 200 {}
 * GET  /cookies           200, the cookies the application sees, {"name":"value",...}
 * POST /prefs?NAME=VALUE&amp;... sets each as a cookie (Path=/; at most 20; names and values of
 *                          letters, digits, _ . -); 200 {"set":"N"}: a page's settings, kept in cookies
 * GET  /                  a page that logs in and out with XHR and with fetch
 * GET  /memcookies.js      the client script
 * </pre>
 *
 * Until memcookies.js is on the class path (a first start of the script builds it while the
 * demo already serves), {@code /} and {@code /memcookies.js} answer 503 saying so.
 *
 * Run it with {@code bench/memcookies-app PORT [--plain]}.
 */
public final class LoginApp implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PAGE = page();
  private static final int MAX_PREFS = 20;
  private static final String PREF = "[A-Za-z0-9_.-]{1,64}";

  /** Session ids to user names: bounded, and idle sessions end after 20 minutes. */
  private final Cache<String, String> sessions =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(20)).build();
  private final boolean plain;
  private final Undertow server;

  /**
   * Starts on {@code 127.0.0.1:port} (0: any free port), behind the middleware unless {@code
   * plain}, with the {@link Timeouts#DEFAULT default timeouts} against slow clients.
   */
  public LoginApp(int port, boolean plain) {
    this(port, plain, Timeouts.DEFAULT);
  }

  /** As {@link #LoginApp(int, boolean)}, with {@code timeouts} (a test's short ones). */
  public LoginApp(int port, boolean plain, Timeouts timeouts) {
    this.plain = plain;
    HttpHandler routes = Handlers.path(
        Handlers.routing()
            .post("/login", this::login)
            .get("/whoami", this::whoami)
            .post("/logout", this::logout)
            .get("/cookies", this::cookies)
            .post("/prefs", this::prefs)
            .get("/", new UntilScriptBuilt(LoginApp.class.getClassLoader(), () -> this::page))
            .setFallbackHandler(exchange -> exchange.setStatusCode(StatusCodes.NOT_FOUND)))
        .addExactPath("/memcookies.js", new UntilScriptBuilt(LoginApp.class.getClassLoader(), ClientScriptHandler::new));
    HttpHandler app = plain ? routes : new MemCookiesHandler(Keyring.generate(), routes);
    server = timeouts.applyTo(Undertow.builder()).addHttpListener(port, "127.0.0.1").setHandler(app).build();
    server.start();
  }

  /** The port it listens on. */
  public int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** Its origin, e.g. {@code http://127.0.0.1:8003}. */
  public String origin() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() {
    server.stop();
  }

  private void login(HttpServerExchange exchange) {
    Deque<String> users = exchange.getQueryParameters().get("user");
    String user = users == null ? "" : users.getFirst();
    if (!user.matches("[A-Za-z0-9_.-]{1,64}")) {
      json(exchange, StatusCodes.BAD_REQUEST, Map.of("error", "user must be 1 to 64 letters, digits, _ . -"));
      return;
    }
    String sid = token();
    sessions.put(sid, user);
    exchange.setResponseCookie(new CookieImpl("sid", sid).setPath("/").setHttpOnly(true).setSameSiteMode("Lax"));
    exchange.setResponseCookie(new CookieImpl("csrf", token()).setPath("/").setMaxAge(600).setSameSiteMode("Lax"));
    json(exchange, StatusCodes.OK, Map.of("user", user));
  }

  private void whoami(HttpServerExchange exchange) {
    Cookie sid = exchange.getRequestCookie("sid");
    String user = sid == null ? null : sessions.getIfPresent(sid.getValue());
    if (user == null) {
      json(exchange, StatusCodes.UNAUTHORIZED, Map.of("error", "no session"));
    } else {
      json(exchange, StatusCodes.OK, Map.of("user", user));
    }
  }

  private void logout(HttpServerExchange exchange) {
    Cookie sid = exchange.getRequestCookie("sid");
    if (sid != null) {
      sessions.invalidate(sid.getValue());
    }
    exchange.setResponseCookie(new CookieImpl("sid", "").setPath("/").setMaxAge(0).setHttpOnly(true));
    json(exchange, StatusCodes.OK, Map.of());
  }

  private void prefs(HttpServerExchange exchange) {
    Map<String, Deque<String>> asked = exchange.getQueryParameters();
    if (asked.size() > MAX_PREFS || !asked.entrySet().stream().allMatch(pref ->
        pref.getKey().matches(PREF) && pref.getValue().getFirst().matches(PREF))) {
      json(exchange, StatusCodes.BAD_REQUEST,
          Map.of("error", "at most " + MAX_PREFS + " NAME=VALUE of 1 to 64 letters, digits, _ . -"));
      return;
    }
    asked.forEach((name, value) -> exchange.setResponseCookie(new CookieImpl(name, value.getFirst()).setPath("/")));
    json(exchange, StatusCodes.OK, Map.of("set", String.valueOf(asked.size())));
  }

  private void cookies(HttpServerExchange exchange) {
    Map<String, String> seen = new java.util.TreeMap<>();
    for (Cookie cookie : exchange.requestCookies()) {
      seen.put(cookie.getName(), cookie.getValue());
    }
    json(exchange, StatusCodes.OK, seen);
  }

  private void page(HttpServerExchange exchange) {
    String jar = plain ? "{}" : MemCookiesHandler.sealedJar(exchange);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseSender().send(PAGE.replace("{{JAR}}", jar));
  }

  /** A flat JSON object of strings, written as memcookies writes its header (one JSON writer). */
  private static void json(HttpServerExchange exchange, int status, Map<String, String> body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseSender().send(JarHeader.write(body));
  }

  private static String token() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String page() {
    try (InputStream in = LoginApp.class.getResourceAsStream("login.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Logback configuration of the executable, in this jar: INFO, where Logback's default is DEBUG. */
  static final String LOGBACK_CONFIG = "io/xwindow/samples/memcookies/memcookies-app-logback.xml";

  /** {@code PORT [--plain]}: serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    // Before the first logger is made: Logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--plain"))
        || !args[0].matches("[0-9]{1,5}") || Integer.parseInt(args[0]) > 65535) {
      System.err.println("usage: bench/memcookies-app PORT [--plain]");
      System.exit(2);
    }
    LoginApp app;
    try {
      app = new LoginApp(Integer.parseInt(args[0]), args.length == 2);
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof java.net.BindException)) {
        throw e;
      }
      System.err.println("memcookies demo: cannot listen on 127.0.0.1:" + args[0] + ": " + e.getCause().getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    System.out.println("memcookies demo" + (app.plain ? " (plain, no middleware)" : "") + " on " + app.origin() + "/");
    Thread.currentThread().join();
  }
}
