package io.xwindow.beaver.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.StatusCodes;
import io.xwindow.beaver.server.admit.Admitter;
import io.xwindow.beaver.server.admit.CircuitBreaker;
import io.xwindow.beaver.server.admit.FleetAdmitter;
import io.xwindow.beaver.server.admit.LocalAdmitter;
import io.xwindow.beaver.server.admit.RedisAdmissions;
import io.xwindow.beaver.server.dedup.BatchIds;
import io.xwindow.beaver.server.dedup.LocalBatchIds;
import io.xwindow.beaver.server.limit.ClientLimiter;
import io.xwindow.beaver.server.limit.ClientRate;
import io.xwindow.beaver.server.limit.LocalClientLimiter;
import io.xwindow.beaver.server.limit.LoadShedder;
import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.sink.Slf4jSink;
import io.xwindow.beaver.server.wire.BatchReader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The log endpoint for beaver-logger clients, with all its settings in one builder.
 *
 * <pre>{@code
 * LogEndpoint logs = LogEndpoint.builder()
 *     .path("/api/log")
 *     .allowOrigin("https://shop.example")
 *     .rateLimit(600, Duration.ofMinutes(1))
 *     .build();
 * Undertow.builder().addHttpListener(8080, "0.0.0.0").setHandler(logs.handler(myRoutes)).build().start();
 * }</pre>
 *
 * <p>With {@link Builder#redis(String)}, rate limits and batch ids live in Redis and are shared by
 * every instance; when Redis fails or stalls, each instance decides alone until it answers again
 * (see {@link FleetAdmitter}). {@link #close()} closes the Redis connection (and the default sink).
 */
public final class LogEndpoint implements AutoCloseable {
  /** How long building waits for a first connection to Redis; without one it starts deciding alone. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  private final Builder settings;
  private final Admitter admitter;
  private final FleetAdmitter fleet;
  private final Sink sink;
  private final boolean ownSink;
  private final LoadShedder shedder;
  private final EndpointStats stats = new EndpointStats();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final List<AutoCloseable> resources = new ArrayList<>();

  private LogEndpoint(Builder settings) {
    this.settings = settings;
    this.ownSink = settings.sink == null;
    this.sink = ownSink ? new Slf4jSink("beaver", settings.json) : settings.sink;
    ClientRate rate = settings.rate;
    ClientLimiter localLimiter = rate == null ? ClientLimiter.NONE : new LocalClientLimiter(rate);
    BatchIds localIds = new LocalBatchIds(settings.dedupWindow, settings.dedupMaxIds);
    if (settings.redisUri != null) {
      RedisAdmissions redis =
          new RedisAdmissions(RedisAdmissions.uri(settings.redisUri), rate, settings.dedupWindow, settings.redisPrefix,
              settings.redisTimeout, CONNECT_TIMEOUT);
      resources.add(redis);
      this.fleet =
          new FleetAdmitter(redis, rate != null, localLimiter, localIds,
              new CircuitBreaker(settings.breakerFailures, settings.breakerOpenFor, System::nanoTime),
              settings.redisTimeout, stats::decidedAlone);
      this.admitter = fleet;
    } else {
      this.fleet = null;
      this.admitter = new LocalAdmitter(localLimiter, localIds);
    }
    this.shedder = new LoadShedder(sink::backlog, settings.shedAbove);
  }

  /**
   * A builder with the defaults: path {@code /api/log}, 1 MB bodies, 600 requests and 37.5 MiB a
   * minute per client.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint at its path, in front of {@code next}, which gets every other request. */
  public HttpHandler handler(HttpHandler next) {
    return new LogHandler(
        settings.path,
        new Origins(settings.origins),
        admitter,
        settings.clientKey,
        settings.maxBodyBytes,
        new BatchReader(settings.json),
        shedder,
        sink,
        stats,
        next);
  }

  /** The endpoint alone: any other path is answered 404. */
  public HttpHandler handler() {
    return handler(exchange -> exchange.setStatusCode(StatusCodes.NOT_FOUND));
  }

  /** What this endpoint took and refused so far. */
  public EndpointStats stats() {
    return stats;
  }

  /**
   * Whether the last request's rate and batch id were decided in Redis: false without Redis, before
   * Redis first answered, and while Redis fails or its circuit breaker is open (then this instance
   * decides alone).
   */
  public boolean decidingInRedis() {
    return fleet != null && fleet.shared();
  }

  /** Whether the sink is saturated now (debug and info are being shed). */
  public boolean saturated() {
    return shedder.saturated();
  }

  /** Closes the Redis connections, and the sink if this endpoint made it (a sink given is the giver's). */
  @Override
  public void close() {
    if (ownSink) {
      sink.close();
    }
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // closing: nothing left to do with the failure
      }
    }
  }

  /** The endpoint's settings. Every setter returns the builder. */
  public static final class Builder {
    private String path = "/api/log";
    private final Set<String> origins = new LinkedHashSet<>();
    private long maxBodyBytes = 1 << 20;
    private ClientRate rate = ClientRate.ofRequests(600, Duration.ofMinutes(1));
    private Function<HttpServerExchange, String> clientKey = Builder::sourceAddress;
    private Duration dedupWindow = Duration.ofMinutes(10);
    private long dedupMaxIds = 1_000_000;
    private int shedAbove = 8_192;
    private Sink sink;
    private String redisUri;
    private String redisPrefix = "beaver:";
    private Duration redisTimeout = Duration.ofMillis(100);
    private int breakerFailures = 3;
    private Duration breakerOpenFor = Duration.ofSeconds(1);
    private ObjectMapper json = new ObjectMapper();

    private Builder() {}

    /** The path the endpoint answers at, e.g. {@code /api/log}. */
    public Builder path(String path) {
      if (path == null || !path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/': " + path);
      }
      this.path = path;
      return this;
    }

    /** Lets pages on {@code origin} (e.g. {@code https://shop.example}) log here across origins. */
    public Builder allowOrigin(String origin) {
      origins.add(origin);
      return this;
    }

    /** The largest body taken; larger ones are answered 413. Default 1 MB. */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive: " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Each client may make {@code requests} per {@code period} (and as many at once), with 64 KiB of
     * body per request on average ({@code requests} × 64 KiB per period); more get 429.
     */
    public Builder rateLimit(long requests, Duration period) {
      this.rate = ClientRate.ofRequests(requests, period);
      return this;
    }

    /**
     * Each client may make {@code requests} and send {@code bytes} of body per {@code period} (and
     * as much at once); a request over either gets 429 and counts against neither.
     */
    public Builder rateLimit(long requests, long bytes, Duration period) {
      this.rate = new ClientRate(requests, bytes, period);
      return this;
    }

    /** No per-client rate limit. */
    public Builder noRateLimit() {
      this.rate = null;
      return this;
    }

    /**
     * What identifies a client, for its rate and for its batch ids (an id is a duplicate only for
     * the client that sent it): by default its source address. Behind a proxy, put Undertow's
     * {@code ProxyPeerAddressHandler} in front, or key on something else.
     */
    public Builder clientKey(Function<HttpServerExchange, String> clientKey) {
      this.clientKey = clientKey;
      return this;
    }

    /** How long, and how many, batch ids are remembered to drop retried duplicates. */
    public Builder dedup(Duration window, long maxIds) {
      this.dedupWindow = window;
      this.dedupMaxIds = maxIds;
      return this;
    }

    /** At this many events waiting in the sink, debug and info are shed. Default 8,192. */
    public Builder shedAbove(int backlog) {
      this.shedAbove = backlog;
      return this;
    }

    /** Where events go; default {@link Slf4jSink} on the loggers {@code beaver.*}. */
    public Builder sink(Sink sink) {
      this.sink = sink;
      return this;
    }

    /**
     * Keeps rate limits and batch ids in the (standalone) Redis at {@code uri} (e.g. {@code
     * redis://127.0.0.1:6379}), shared by every instance; null keeps them in memory.
     *
     * @throws IllegalArgumentException if {@code uri} is not a Redis URI
     */
    public Builder redis(String uri) {
      if (uri != null) {
        RedisAdmissions.uri(uri);
      }
      this.redisUri = uri;
      return this;
    }

    /**
     * How long a request waits for Redis before this instance decides alone. Default 100 ms.
     */
    public Builder redisTimeout(Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the Redis timeout must be positive: " + timeout);
      }
      this.redisTimeout = timeout;
      return this;
    }

    /**
     * After {@code failures} failed or late Redis calls in a row, stop asking Redis for {@code
     * openFor}, then try one request; default 3 failures, 1 second.
     */
    public Builder redisBreaker(int failures, Duration openFor) {
      if (failures < 1 || openFor == null || openFor.isNegative() || openFor.isZero()) {
        throw new IllegalArgumentException("the breaker needs at least 1 failure and a positive time open");
      }
      this.breakerFailures = failures;
      this.breakerOpenFor = openFor;
      return this;
    }

    /** The prefix of every Redis key this endpoint writes. Default {@code beaver:}. */
    public Builder redisPrefix(String prefix) {
      this.redisPrefix = prefix;
      return this;
    }

    /** The Jackson mapper to read and write JSON with (default typing must stay off). */
    public Builder json(ObjectMapper json) {
      this.json = json;
      return this;
    }

    /** The endpoint, with its Redis connections open when configured. */
    public LogEndpoint build() {
      return new LogEndpoint(this);
    }

    private static String sourceAddress(HttpServerExchange exchange) {
      InetSocketAddress address = exchange.getSourceAddress();
      return address == null || address.getAddress() == null
          ? "unknown"
          : address.getAddress().getHostAddress();
    }
  }
}
