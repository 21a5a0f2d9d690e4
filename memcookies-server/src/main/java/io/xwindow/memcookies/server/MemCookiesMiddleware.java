package io.xwindow.memcookies.server;

import io.undertow.server.HttpHandler;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import io.xwindow.serverkit.Cors;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The memcookies middleware with its settings, built once: {@link #handler} puts it in front of
 * an application as a {@link MemCookiesHandler}; every handler it makes shares one cache of opened
 * values and one {@link #stats()}.
 *
 * <pre>{@code
 * MemCookiesMiddleware memcookies = MemCookiesMiddleware.builder(keys)
 *     .allowOrigins("https://shop.example")
 *     .ceiling(Duration.ofMinutes(10))
 *     .build();
 * HttpHandler app = memcookies.handler(routes);
 * }</pre>
 */
public final class MemCookiesMiddleware {
  private final JarCodec codec;
  private final Cors cors;
  private final Clock clock;
  private final MemCookiesStats stats = new MemCookiesStats();

  private MemCookiesMiddleware(Builder settings) {
    this.codec = new JarCodec(settings.keys, settings.limits, settings.ceiling, settings.cacheSize, stats);
    this.cors = Cors.builder()
        .allowOrigins(settings.origins.toArray(String[]::new))
        .allowMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
        .allowHeaders("x-cookies", "content-type")
        .allowHeaders(settings.headers.toArray(String[]::new))
        .exposeHeaders(JarHeader.NAME)
        .build();
    this.clock = settings.clock;
  }

  /** The defaults: a 20-minute ceiling, {@link Limits#DEFAULT}, no other origin allowed. */
  public static Builder builder(Keyring keys) {
    return new Builder(keys);
  }

  /** The middleware in front of {@code next}: put it outermost, before anything reads cookies. */
  public MemCookiesHandler handler(HttpHandler next) {
    return new MemCookiesHandler(this, next);
  }

  /** What was rejected so far, by code, by every handler of this middleware. */
  public MemCookiesStats stats() {
    return stats;
  }

  JarCodec codec() {
    return codec;
  }

  Cors cors() {
    return cors;
  }

  Clock clock() {
    return clock;
  }

  /** The settings of a {@link MemCookiesMiddleware}. Every setter returns the builder. */
  public static final class Builder {
    private final Keyring keys;
    private Duration ceiling = JarCodec.MAX_CEILING;
    private Limits limits = Limits.DEFAULT;
    private final Set<String> origins = new LinkedHashSet<>();
    private final Set<String> headers = new LinkedHashSet<>();
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
     * Other origins whose pages may call with a jar, e.g. {@code https://shop.example}; none by
     * default (same origin only). Neither {@code *} nor {@code null} can be allowed (server-kit's
     * {@link Cors#canonical}).
     */
    public Builder allowOrigins(String... origins) {
      for (String origin : origins) {
        this.origins.add(Cors.canonical(origin));
      }
      return this;
    }

    /** Request headers allowed origins may send besides {@code x-cookies} and {@code content-type}. */
    public Builder allowHeaders(String... headers) {
      this.headers.addAll(List.of(headers));
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

    /** The middleware, ready to put in front of an application with {@link #handler}. */
    public MemCookiesMiddleware build() {
      return new MemCookiesMiddleware(this);
    }
  }
}
