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
import io.xwindow.beaver.server.limit.InFlightBytes;
import io.xwindow.beaver.server.limit.ClientRate;
import io.xwindow.beaver.server.limit.LocalClientLimiter;
import io.xwindow.beaver.server.limit.LoadShedder;
import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.sink.Slf4jSink;
import io.xwindow.beaver.server.wire.BatchReader;
import io.xwindow.beaver.server.wire.ReadLimits;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The log endpoint for beaver-logger clients, with all its settings in one builder.
 *
 * <pre>{@code
 * LogEndpoint logs = LogEndpoint.builder()
 *     .path("/api/log")
 *     .publicOrigin("https://shop.example")      // where the endpoint is reached
 *     .allowOrigin("https://partner.example")    // other pages that may log here
 *     .rateLimit(600, Duration.ofMinutes(1))
 *     .build();
 * Undertow server = Timeouts.DEFAULT
 *     .applyTo(Undertow.builder())
 *     .addHttpListener(8080, "0.0.0.0").setHandler(logs.handler(myRoutes)).build();
 * server.start();
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
  private final InFlightBytes inFlight;
  private final EndpointStats stats = new EndpointStats();
  private final List<AutoCloseable> resources = new ArrayList<>();

  private LogEndpoint(Builder settings) {
    this.settings = settings;
    this.ownSink = settings.sink == null;
    this.sink = ownSink
        ? new Slf4jSink("beaver", settings.json, settings.sinkQueueLines, settings.sinkQueueBytes)
        : settings.sink;
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
    this.shedder = new LoadShedder(sink::backlog, sink::backlogBytes, settings.shedAbove, settings.shedAboveBytes);
    this.inFlight = new InFlightBytes(settings.maxBytesInFlight);
  }

  /**
   * A builder with the defaults: path {@code /api/log}, POST only, 1 MB bodies within 30 s, 64 MiB
   * of bodies in flight, entries of 16 KiB, 600 requests and 37.5 MiB a minute per client.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint at its path, in front of {@code next}, which gets every other request. */
  public HttpHandler handler(HttpHandler next) {
    return new LogHandler(
        settings.path,
        new Origins(settings.publicOrigins, settings.origins),
        settings.allowGet,
        admitter,
        settings.clientKey,
        new BodyLimits(settings.maxBodyBytes, settings.bodyTimeout, inFlight),
        new BatchReader(settings.json, new ReadLimits(settings.maxEntryBytes, settings.maxEntries)),
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

  /** Bytes of request bodies held now (being read, or waiting to be logged). */
  public long bytesInFlight() {
    return inFlight.held();
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
    private final Set<String> publicOrigins = new LinkedHashSet<>();
    private final Set<String> origins = new LinkedHashSet<>();
    private boolean allowGet;
    private long maxBodyBytes = 1 << 20;
    private Duration bodyTimeout = Duration.ofSeconds(30);
    private long maxBytesInFlight = 64L << 20;
    private int maxEntryBytes = ReadLimits.defaults().maxEntryBytes();
    private int maxEntries = ReadLimits.defaults().maxEntries();
    private ClientRate rate = ClientRate.ofRequests(600, Duration.ofMinutes(1));
    private Function<HttpServerExchange, String> clientKey = Builder::sourceAddress;
    private Duration dedupWindow = Duration.ofMinutes(10);
    private long dedupMaxIds = 1_000_000;
    private int shedAbove = 8_192;
    private long shedAboveBytes = 32L << 20;
    private int sinkQueueLines = Slf4jSink.DEFAULT_MAX_LINES;
    private long sinkQueueBytes = Slf4jSink.DEFAULT_MAX_BYTES;
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

    /**
     * An origin this endpoint is reached at, e.g. {@code https://shop.example}: pages there log
     * without CORS. The {@code Host} header is never trusted for this (DNS rebinding would let any
     * page in); without a public origin, only an origin naming the very address and port a request
     * came in on ({@code http://127.0.0.1:8080}) counts as the endpoint's own.
     */
    public Builder publicOrigin(String origin) {
      publicOrigins.add(Origins.canonical(origin));
      return this;
    }

    /**
     * Lets pages on {@code origin} (e.g. {@code https://partner.example}) log here across origins.
     * Neither {@code *} nor {@code null} (the opaque origin every sandboxed frame and file shares)
     * can be allowed.
     */
    public Builder allowOrigin(String origin) {
      origins.add(Origins.canonical(origin));
      return this;
    }

    /**
     * Also takes one event per {@code GET ?event=...&level=...} (beaver's {@code <img>} beacons).
     * Off by default: an image request carries no {@code Origin}, so the allowed origins cannot
     * hold it back, and any page on the web can log through it.
     */
    public Builder allowGet(boolean allow) {
      this.allowGet = allow;
      return this;
    }

    /**
     * How long a body may take to arrive, from its first byte to its last; a slower one is
     * answered 408 and its connection closed. Default 30 s.
     */
    public Builder bodyTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("bodyTimeout must be positive: " + timeout);
      }
      this.bodyTimeout = timeout;
      return this;
    }

    /**
     * The most bytes of request bodies held at once, all requests together (read so far, or
     * waiting to be logged); past it a request is answered 503 {@code OVERLOADED}. Default 64 MiB.
     */
    public Builder maxBytesInFlight(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBytesInFlight must be positive: " + bytes);
      }
      this.maxBytesInFlight = bytes;
      return this;
    }

    /**
     * The most JSON text kept of one entry (an event, a tracking entry, a metric, the meta),
     * about; the rest is cut and counted ({@code "cut"} on its line). Default 16 KiB.
     */
    public Builder maxEntryBytes(int bytes) {
      this.maxEntryBytes = new ReadLimits(bytes, maxEntries).maxEntryBytes();
      return this;
    }

    /** The most entries kept of one batch; more are skipped and counted. Default 10,000. */
    public Builder maxEntries(int entries) {
      this.maxEntries = new ReadLimits(maxEntryBytes, entries).maxEntries();
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

    /** At this many lines waiting in the sink, debug and info are shed. Default 8,192. */
    public Builder shedAbove(int backlog) {
      this.shedAbove = backlog;
      return this;
    }

    /** At this many bytes waiting in the sink, debug and info are shed. Default 32 MiB. */
    public Builder shedAboveBytes(long backlog) {
      this.shedAboveBytes = backlog;
      return this;
    }

    /**
     * The bounds of the default sink's queue: past them a batch is answered 503 {@code
     * OVERLOADED} (the client retries it later). Default 16,384 lines and 64 MiB.
     */
    public Builder sinkQueue(int lines, long bytes) {
      if (lines < 1 || bytes < 1) {
        throw new IllegalArgumentException("the sink queue's bounds must be positive: " + lines + ", " + bytes);
      }
      this.sinkQueueLines = lines;
      this.sinkQueueBytes = bytes;
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
