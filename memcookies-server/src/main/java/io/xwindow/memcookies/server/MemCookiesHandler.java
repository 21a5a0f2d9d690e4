package io.xwindow.memcookies.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 *       removed cookie; with {@code Cache-Control: no-store} and {@code Vary: x-cookies}.
 *   <li>Any other request passes through untouched, with a {@link FirstRender} attached so that
 *       a page can embed the sealed jar while it renders ({@link #sealedJar}).
 * </ul>
 *
 * <pre>{@code
 * HttpHandler app = new MemCookiesHandler(Keyring.read(Path.of("keyset.json")), routes);
 * HttpHandler crossOrigin = MemCookiesHandler.builder(keys)
 *     .allowOrigins("https://shop.example").ceiling(Duration.ofMinutes(10)).build(routes);
 * }</pre>
 */
public final class MemCookiesHandler implements HttpHandler {
  /** The first-render view of the jar, attached to every exchange this handler passes on. */
  public static final AttachmentKey<FirstRender> FIRST_RENDER = AttachmentKey.create(FirstRender.class);
  static final HttpString X_COOKIES = new HttpString(JarHeader.NAME);

  private final JarCodec codec;
  private final Cors cors;
  private final Clock clock;
  private final MemCookiesStats stats;
  private final HttpHandler next;

  /** The middleware with the defaults: a 20-minute ceiling, {@link Limits#DEFAULT}, no CORS. */
  public MemCookiesHandler(Keyring keys, HttpHandler next) {
    this(builder(keys), next);
  }

  private MemCookiesHandler(Builder options, HttpHandler next) {
    this.stats = new MemCookiesStats();
    this.codec = new JarCodec(options.keys, options.limits, options.ceiling, options.cacheSize, stats);
    this.cors = new Cors(options.origins, options.headers);
    this.clock = options.clock;
    this.next = next;
  }

  /** Options beyond the defaults. */
  public static Builder builder(Keyring keys) {
    return new Builder(keys);
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
    if (cors.answer(exchange)) {
      return;
    }
    HeaderValues announced = exchange.getRequestHeaders().get(X_COOKIES);
    Set<String> forget = Set.of();
    if (announced != null) {
      JarCodec.Opening opening = open(exchange, announced);
      forget = opening.jar().forget();
      if (opening.jar().cookies().isEmpty()) {
        exchange.getRequestHeaders().remove(Headers.COOKIE);
      } else {
        exchange.getRequestHeaders().put(Headers.COOKIE, opening.cookieHeader());
      }
      Set<String> forgotten = forget;
      // Registered on entry, so it runs after the listeners of the handlers inside (Undertow
      // applies them last-registered-first), and before Undertow writes cookie objects as headers.
      exchange.addResponseCommitListener(committing -> commit(committing, forgotten));
    }
    exchange.putAttachment(FIRST_RENDER, new FirstRender(this, exchange, forget));
    next.handleRequest(exchange);
  }

  private JarCodec.Opening open(HttpServerExchange exchange, HeaderValues announced) {
    if (announced.size() != 1) {
      stats.record(MemCookiesError.of(ErrorCode.MALFORMED, announced.size() + " x-cookies headers"));
      return JarCodec.Opening.EMPTY;
    }
    return codec.opening(announced.getFirst(), host(exchange), exchange.getRequestPath(),
        "https".equalsIgnoreCase(exchange.getRequestScheme()), clock.instant());
  }

  private void commit(HttpServerExchange exchange, Set<String> forget) {
    String jar = JarHeader.write(changes(exchange, forget));
    ResponseCookies.removeAll(exchange);
    exchange.getResponseHeaders().put(X_COOKIES, jar);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseHeaders().add(Headers.VARY, JarHeader.NAME);
  }

  /** Tombstones for the request's dead values, then the cookies set so far, sealed. */
  Map<String, String> changes(HttpServerExchange exchange, Set<String> forget) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (String name : forget) {
      changes.put(name, null);
    }
    changes.putAll(codec.seal(ResponseCookies.setSoFar(exchange), host(exchange),
        exchange.getRequestPath(), clock.instant()));
    return changes;
  }

  private static String host(HttpServerExchange exchange) {
    return exchange.getHostName().toLowerCase(Locale.ROOT);
  }

  /** The options of a {@link MemCookiesHandler}. */
  public static final class Builder {
    private final Keyring keys;
    private Duration ceiling = JarCodec.MAX_CEILING;
    private Limits limits = Limits.DEFAULT;
    private Set<String> origins = Set.of();
    private Set<String> headers = Set.of();
    private Clock clock = Clock.systemUTC();
    private int cacheSize = JarCodec.DEFAULT_CACHE_SIZE;

    private Builder(Keyring keys) {
      if (keys == null) {
        throw new IllegalArgumentException("a Keyring is required");
      }
      this.keys = keys;
    }

    /** The longest a value lives from when it is set, at most (and by default) 20 minutes. */
    public Builder ceiling(Duration ceiling) {
      if (ceiling.isNegative() || ceiling.isZero() || ceiling.compareTo(JarCodec.MAX_CEILING) > 0) {
        throw new IllegalArgumentException("the ceiling must be in (0, 20 min]: " + ceiling);
      }
      this.ceiling = ceiling;
      return this;
    }

    /** Caps on a request's header. */
    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * The other origins whose pages may call with a jar, exactly as browsers send them, e.g.
     * {@code https://shop.example}; none by default (same origin only).
     */
    public Builder allowOrigins(String... origins) {
      for (String origin : origins) {
        if (origin.equals("*") || origin.endsWith("/") || !origin.contains("://")) {
          throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
        }
      }
      this.origins = new LinkedHashSet<>(List.of(origins));
      return this;
    }

    /** Request headers allowed origins may send besides {@code x-cookies} and {@code content-type}. */
    public Builder allowHeaders(String... headers) {
      this.headers = new LinkedHashSet<>(List.of(headers));
      return this;
    }

    /**
     * How many opened values to remember, so that a jar sent again is not decrypted again
     * ({@value JarCodec#DEFAULT_CACHE_SIZE} by default, 0 for none).
     */
    public Builder cacheSize(int cacheSize) {
      if (cacheSize < 0) {
        throw new IllegalArgumentException("a cache size cannot be negative: " + cacheSize);
      }
      this.cacheSize = cacheSize;
      return this;
    }

    /** The clock of expiry; the system's by default. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The middleware in front of {@code next}. */
    public MemCookiesHandler build(HttpHandler next) {
      return new MemCookiesHandler(this, next);
    }
  }

  /**
   * The jar as a page renderer sees it: {@link #sealedJar()} seals the cookies the response has
   * set so far (and forgets the request's dead values), without changing the response.
   */
  public static final class FirstRender {
    private final MemCookiesHandler handler;
    private final HttpServerExchange exchange;
    private final Set<String> forget;

    private FirstRender(MemCookiesHandler handler, HttpServerExchange exchange, Set<String> forget) {
      this.handler = handler;
      this.exchange = exchange;
      this.forget = forget;
    }

    /** The JSON for {@code memcookies.setCookies(json)}. */
    public String sealedJar() {
      return JarHeader.write(handler.changes(exchange, forget));
    }
  }
}
