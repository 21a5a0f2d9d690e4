package io.xwindow.memcookies.server;

import io.xwindow.memcookies.server.error.ErrorCode;
import io.xwindow.memcookies.server.error.MemCookiesError;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import io.xwindow.serverkit.Cors;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Carries an application's cookies in an encrypted {@code x-cookies} header for clients with
 * cookies disabled; the application keeps using ordinary cookies. Put it outermost, before any
 * handler reads cookies.
 *
 * <ul>
 *   <li>A request with {@code x-cookies} (memcookies' convention: {@code {}} announces an empty
 *       jar) is in cookies-disabled mode: its sealed values are opened and the valid ones replace
 *       the {@code Cookie} header, so the raw header and Undertow's cookie API both see them.
 *   <li>Just before such a response commits, every cookie it sets is taken out of it and sent,
 *       sealed, in the {@code x-cookies} response header: only the changes, {@code null} for a
 *       removed cookie; with {@code Cache-Control: no-store} and {@code Vary: x-cookies}. A jar
 *       that came in several sealed values (each answer that sets cookies makes one) is sealed
 *       again as one, each cookie keeping its expiry: every later request is shorter by 44
 *       characters of nonce, tag and key id per value.
 *   <li>Any other request passes through untouched, with a {@link FirstRender} attached so that
 *       a page can embed the sealed jar while it renders ({@link #sealedJar}).
 * </ul>
 *
 * <pre>{@code
 * HttpHandler app = new MemCookiesHandler(Keyring.read(Path.of("keyset.json")), routes);
 * HttpHandler crossOrigin = MemCookiesMiddleware.builder(keys)
 *     .allowOrigins("https://shop.example").ceiling(Duration.ofMinutes(10)).build()
 *     .handler(routes);
 * }</pre>
 */
public final class MemCookiesHandler implements HttpHandler {
  /** The first-render view of the jar, attached to every exchange this handler passes on. */
  public static final AttachmentKey<FirstRender> FIRST_RENDER = AttachmentKey.create(FirstRender.class);
  static final HttpString X_COOKIES = new HttpString(JarHeader.NAME);
  private static final String NO_CHANGE = JarHeader.write(Map.of());

  private final JarCodec codec;
  private final Cors cors;
  private final Clock clock;
  private final MemCookiesStats stats;
  private final HttpHandler next;

  /**
   * The middleware with the defaults (a 20-minute ceiling, {@link Limits#DEFAULT}, no CORS) in
   * front of {@code next}; for other settings, {@link MemCookiesMiddleware#builder}.
   */
  public MemCookiesHandler(Keyring keys, HttpHandler next) {
    this(MemCookiesMiddleware.builder(keys).build(), next);
  }

  MemCookiesHandler(MemCookiesMiddleware middleware, HttpHandler next) {
    this.stats = middleware.stats();
    this.codec = middleware.codec();
    this.cors = middleware.cors();
    this.clock = middleware.clock();
    this.next = next;
  }

  /** What was rejected so far, by code. */
  public MemCookiesStats stats() {
    return stats;
  }

  /**
   * The sealed jar of the cookies this response has set so far, as the JSON a page passes to
   * {@code memcookies.setCookies(json)}; e.g. {@code {"sid":"AZ3f..."}}. Safe to put in a
   * {@code <script>}: names are HTTP tokens and values Base64url.
   *
   * @throws IllegalStateException when no {@code MemCookiesHandler} is in front of the exchange
   */
  public static String sealedJar(HttpServerExchange exchange) {
    FirstRender view = exchange.getAttachment(FIRST_RENDER);
    if (view == null) {
      throw new IllegalStateException("no MemCookiesHandler in front of this exchange");
    }
    return view.sealedJar();
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (cors.addHeaders(exchange) && Cors.isPreflight(exchange)) {
      cors.answerPreflight(exchange);
      return;
    }
    HeaderValues announced = exchange.getRequestHeaders().get(X_COOKIES);
    JarCodec.Opening opening = JarCodec.Opening.EMPTY;
    if (announced != null) {
      // Read once: the Host header is parsed again on each getHostName().
      String host = host(exchange);
      opening = open(exchange, announced, host);
      RequestCookies.replace(exchange, opening.jar().cookies(), opening.cookieHeader(), opening.parsesAsIs());
      JarCodec.Opening opened = opening;
      // Registered on entry, so it runs after the listeners of the handlers inside (Undertow
      // applies them last-registered-first), and before Undertow writes cookie objects as headers.
      exchange.addResponseCommitListener(committing -> commit(committing, opened, host));
    }
    exchange.putAttachment(FIRST_RENDER, new FirstRender(this, exchange, opening));
    next.handleRequest(exchange);
  }

  private JarCodec.Opening open(HttpServerExchange exchange, HeaderValues announced, String host) {
    if (announced.size() != 1) {
      stats.record(MemCookiesError.of(ErrorCode.MALFORMED, announced.size() + " x-cookies headers"));
      return JarCodec.Opening.EMPTY;
    }
    return codec.opening(announced.getFirst(), host, exchange.getRequestPath(),
        "https".equalsIgnoreCase(exchange.getRequestScheme()), clock.instant());
  }

  private void commit(HttpServerExchange exchange, JarCodec.Opening opening, String host) {
    HomeOnlyRedirects.keepJarHome(exchange);
    HeaderMap headers = exchange.getResponseHeaders();
    // Most answers set no cookie, forget nothing and get a jar in one sealed value: "{}", with no
    // list, map or JSON writer made.
    if (opening.jar().forget().isEmpty() && opening.resealed().isEmpty() && !ResponseCookies.anySet(exchange)) {
      headers.put(X_COOKIES, NO_CHANGE);
    } else {
      headers.put(X_COOKIES, JarHeader.writeSealed(changes(exchange, opening, host)));
      ResponseCookies.removeAll(exchange);
    }
    headers.put(Headers.CACHE_CONTROL, "no-store");
    headers.add(Headers.VARY, JarHeader.NAME);
  }

  /**
   * Tombstones for the request's dead values (unless set again), then the cookies set so far,
   * sealed; with the jar's live values when it came in several sealed values, so that the client
   * sends one from then on.
   */
  Map<String, String> changes(HttpServerExchange exchange, JarCodec.Opening opening, String host) {
    Set<String> forget = opening.jar().forget();
    Map<String, String> sealed = codec.seal(ResponseCookies.setSoFar(exchange), opening.resealed(), host,
        exchange.getRequestPath(), clock.instant());
    if (forget.isEmpty()) {
      return sealed;
    }
    Set<String> set = new HashSet<>();
    for (String member : sealed.keySet()) {
      set.addAll(List.of(JarHeader.names(member)));
    }
    Map<String, String> changes = new LinkedHashMap<>();
    for (String name : forget) {
      if (!set.contains(name)) {
        changes.put(name, null);
      }
    }
    changes.putAll(sealed);
    return changes;
  }

  private static String host(HttpServerExchange exchange) {
    return exchange.getHostName().toLowerCase(Locale.ROOT);
  }

  /**
   * The jar as a page renderer sees it: {@link #sealedJar()} seals the cookies the response has
   * set so far (and forgets the request's dead values), without changing the response.
   */
  public static final class FirstRender {
    private final MemCookiesHandler handler;
    private final HttpServerExchange exchange;
    private final JarCodec.Opening opening;

    private FirstRender(MemCookiesHandler handler, HttpServerExchange exchange, JarCodec.Opening opening) {
      this.handler = handler;
      this.exchange = exchange;
      this.opening = opening;
    }

    /** The JSON for {@code memcookies.setCookies(json)}. */
    public String sealedJar() {
      return JarHeader.writeSealed(handler.changes(exchange, opening, host(exchange)));
    }
  }
}
