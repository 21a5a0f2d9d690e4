package io.xwindow.serverkit;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for the origins a server module lets call it across origins, the same for every module
 * (the log endpoint, the memcookies middleware): an allowed origin, listed exactly, gets its own
 * origin back (never {@code *}), {@code Vary: Origin} and the headers it may read; its preflight
 * gets the method and headers it asked for when they are allowed. Any other origin gets no CORS
 * header, so the browser keeps its page from reading the answer. Credentials are never allowed:
 * neither module needs a cookie of the page's.
 *
 * <p>What to do with an origin that is not allowed (refuse it, or pass it on to the application)
 * is the module's: this class only answers the CORS part.
 *
 * <pre>{@code
 * Cors cors = Cors.builder().allowOrigins("https://shop.example")
 *     .allowMethods("POST").allowHeaders("content-type").exposeHeaders("Retry-After").build();
 * }</pre>
 */
public final class Cors {
  public static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  public static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  public static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  public static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  public static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  public static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
  public static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
  /** A header list of HTTP tokens: what a preflight may ask for and get echoed. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

  private final Set<String> origins;
  private final Set<String> methods;
  private final Set<String> headers;
  private final boolean anyHeader;
  private final String expose;
  private final long maxAgeSeconds;

  private Cors(Builder settings) {
    this.origins = Set.copyOf(settings.origins);
    this.methods = Set.copyOf(settings.methods);
    this.headers = Set.copyOf(settings.headers);
    this.anyHeader = settings.anyHeader;
    this.expose = String.join(", ", settings.expose);
    this.maxAgeSeconds = settings.maxAge.toSeconds();
  }

  /** No origin allowed, no method, no header: add what the module needs. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The canonical form of an origin to allow ({@code scheme://host[:port]}, lower case, default
   * port left out), or an {@link IllegalArgumentException} for anything else: a path, a wildcard,
   * or {@code null} (the opaque origin of sandboxed frames and files, shared by every such page).
   */
  public static String canonical(String origin) {
    if (origin == null || origin.equals("null") || origin.contains("*")) {
      throw new IllegalArgumentException("not an origin that can be allowed: " + origin);
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an origin: " + origin, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
        && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
      throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /** Whether pages on {@code origin} (an {@code Origin} header) may call across origins. */
  public boolean allows(String origin) {
    return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  /** Whether the request is a CORS preflight: {@code OPTIONS} with {@code Access-Control-Request-Method}. */
  public static boolean isPreflight(HttpServerExchange exchange) {
    return exchange.getRequestMethod().equalToString("OPTIONS")
        && exchange.getRequestHeaders().contains(REQUEST_METHOD);
  }

  /**
   * Adds to the response what the request's origin needs to read it, when that origin is allowed,
   * and says whether it is; a request without {@code Origin}, or from another origin, gets nothing.
   */
  public boolean addHeaders(HttpServerExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    if (!allows(origin)) {
      return false;
    }
    HeaderMap response = exchange.getResponseHeaders();
    response.put(ALLOW_ORIGIN, origin);
    response.add(Headers.VARY, "Origin");
    if (!isPreflight(exchange) && !expose.isEmpty()) {
      response.put(EXPOSE_HEADERS, expose);
    }
    return true;
  }

  /**
   * Answers a preflight {@code 204} and ends the exchange: with the method and the headers it asked
   * for when they are allowed (the browser refuses the call otherwise), from an allowed origin
   * only; call {@link #addHeaders} first.
   */
  public void answerPreflight(HttpServerExchange exchange) {
    HeaderMap response = exchange.getResponseHeaders();
    if (response.contains(ALLOW_ORIGIN)) {
      String method = exchange.getRequestHeaders().getFirst(REQUEST_METHOD);
      if (method != null && methods.contains(method)) {
        response.put(ALLOW_METHODS, method);
        response.put(MAX_AGE, maxAgeSeconds);
        String asked = allowedOf(exchange.getRequestHeaders().getFirst(REQUEST_HEADERS));
        if (!asked.isEmpty()) {
          response.put(ALLOW_HEADERS, asked);
        }
      }
    }
    exchange.setStatusCode(StatusCodes.NO_CONTENT);
    exchange.endExchange();
  }

  /** The headers of {@code asked} that may be sent, in its order; nothing when one is not a token. */
  private String allowedOf(String asked) {
    if (asked == null || asked.isBlank()) {
      return "";
    }
    List<String> allowed = new ArrayList<>();
    for (String header : asked.split(",")) {
      String name = header.trim().toLowerCase(Locale.ROOT);
      if (!TOKEN.matcher(name).matches()) {
        return ""; // nothing odd is reflected
      }
      if (anyHeader || headers.contains(name)) {
        allowed.add(name);
      }
    }
    return String.join(", ", allowed);
  }

  /** The settings of a {@link Cors}. Every setter returns the builder. */
  public static final class Builder {
    private final Set<String> origins = new LinkedHashSet<>();
    private final Set<String> methods = new LinkedHashSet<>();
    private final Set<String> headers = new LinkedHashSet<>();
    private boolean anyHeader;
    private final Set<String> expose = new LinkedHashSet<>();
    private Duration maxAge = Duration.ofMinutes(10);

    private Builder() {}

    /**
     * Lets pages on these origins (e.g. {@code https://partner.example}) call; see {@link
     * #canonical} for what is refused.
     */
    public Builder allowOrigins(String... origins) {
      for (String origin : origins) {
        this.origins.add(canonical(origin));
      }
      return this;
    }

    /** The methods a preflight may ask for, e.g. {@code POST}. */
    public Builder allowMethods(String... methods) {
      this.methods.addAll(List.of(methods));
      return this;
    }

    /** The request headers a call may send, e.g. {@code content-type}. */
    public Builder allowHeaders(String... headers) {
      for (String header : headers) {
        this.headers.add(header.toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /** Any request header a preflight asks for (each an HTTP token) may be sent. */
    public Builder allowAnyHeader() {
      this.anyHeader = true;
      return this;
    }

    /** Response headers the page may read besides the simple ones, e.g. {@code Retry-After}. */
    public Builder exposeHeaders(String... headers) {
      this.expose.addAll(List.of(headers));
      return this;
    }

    /** How long a browser may keep a preflight's answer; 10 minutes by default. */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = maxAge;
      return this;
    }

    public Cors build() {
      return new Cors(this);
    }
  }
}
