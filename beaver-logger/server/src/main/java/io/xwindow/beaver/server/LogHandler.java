package io.xwindow.beaver.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import io.xwindow.beaver.server.admit.Admission;
import io.xwindow.beaver.server.admit.Admitter;
import io.xwindow.beaver.server.limit.LoadShedder;
import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.sink.SinkFullException;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.BatchReader;
import io.xwindow.beaver.server.wire.Event;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log endpoint at one path; every other request goes to {@code next}. Made by {@link
 * LogEndpoint}, which holds its settings. The body is read as it arrives on the I/O thread ({@link
 * BodyReader}); the batch is then parsed on a worker thread, admitted (rate and batch id, maybe in
 * Redis, without holding a thread) and logged on a worker thread.
 */
final class LogHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(LogHandler.class);
  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
  private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  /** Header names a preflight may ask for: tokens only, so nothing odd is reflected. */
  private static final Pattern HEADER_LIST = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+(\\s*,\\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*");

  private final String path;
  private final Origins origins;
  private final boolean allowGet;
  private final Admitter admitter;
  private final Function<HttpServerExchange, String> clientKey;
  private final long maxBodyBytes;
  private final BodyReader bodies;
  private final BatchReader reader;
  private final LoadShedder shedder;
  private final Sink sink;
  private final EndpointStats stats;
  private final HttpHandler next;

  LogHandler(
      String path,
      Origins origins,
      boolean allowGet,
      Admitter admitter,
      Function<HttpServerExchange, String> clientKey,
      BodyLimits body,
      BatchReader reader,
      LoadShedder shedder,
      Sink sink,
      EndpointStats stats,
      HttpHandler next) {
    this.path = path;
    this.origins = origins;
    this.allowGet = allowGet;
    this.admitter = admitter;
    this.clientKey = clientKey;
    this.maxBodyBytes = body.maxBytes();
    this.bodies = new BodyReader(body.maxBytes(), body.timeout(), body.inFlight(), this::refuse);
    this.reader = reader;
    this.shedder = shedder;
    this.sink = sink;
    this.stats = stats;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!path.equals(exchange.getRequestPath())) {
      next.handleRequest(exchange);
      return;
    }
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    if (origin != null && !origins.own(exchange, origin)) {
      if (!origins.allows(origin)) {
        refuse(exchange, ErrorCode.ORIGIN_NOT_ALLOWED, "origin not allowed: " + origin);
        return;
      }
      // No Access-Control-Allow-Credentials: a log needs no cookie, and a page's cookies are not ours to read.
      exchange.getResponseHeaders()
          .put(ALLOW_ORIGIN, origin)
          .put(EXPOSE_HEADERS, "Retry-After")
          .put(Headers.VARY, "Origin");
    }
    HttpString method = exchange.getRequestMethod();
    if (Methods.OPTIONS.equals(method)) {
      preflight(exchange);
      return;
    }
    if (!Methods.POST.equals(method) && !(allowGet && Methods.GET.equals(method))) {
      exchange.getResponseHeaders().put(Headers.ALLOW, allowGet ? "GET, POST, OPTIONS" : "POST, OPTIONS");
      refuse(exchange, ErrorCode.METHOD_NOT_ALLOWED, allowGet ? "use POST, or GET for one event" : "use POST");
      return;
    }
    String client = clientKey.apply(exchange);
    if (Methods.GET.equals(method)) {
      Batch batch = reader.readQuery(query(exchange));
      admitThenDeliver(exchange, batch, client, exchange.getQueryString().length());
      return;
    }
    String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    if (type != null && !isJsonOrText(type)) {
      refuse(exchange, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send application/json or text/plain");
      return;
    }
    if (exchange.getRequestContentLength() > maxBodyBytes) {
      exchange.setPersistent(false);
      refuse(exchange, ErrorCode.BODY_TOO_LARGE, "the body is over " + maxBodyBytes + " bytes");
      return;
    }
    bodies.read(exchange, (ex, bytes, length) -> ex.dispatch(() -> parse(ex, bytes, length, client)));
  }

  /** Parses a body read whole, on a worker thread, then admits and logs its batch. */
  private void parse(HttpServerExchange exchange, byte[] body, int length, String client) {
    BatchReader.Result result = reader.read(body, length);
    if (result instanceof BatchReader.Malformed malformed) {
      refuse(exchange, ErrorCode.MALFORMED_JSON, malformed.reason());
      return;
    }
    admitThenDeliver(exchange, ((BatchReader.Read) result).batch(), client, length);
  }

  /**
   * Takes the request and its bytes from the client's rate and claims its batch id (the answer
   * may come from Redis, later, without holding this thread or a worker), then logs the batch on a
   * worker thread.
   */
  private void admitThenDeliver(HttpServerExchange exchange, Batch batch, String client, long bytes) {
    exchange.dispatch(SameThreadExecutor.INSTANCE, () ->
        decision(client, bytes, batch.batchId())
            .exceptionally(e -> { // a bug: Redis failures are handled inside the admitter
              LOG.error("deciding the rate and batch id failed; taking the request", e);
              return Admission.TAKEN;
            })
            .thenAccept(admission ->
                exchange.getConnection().getWorker().execute(() -> deliver(exchange, batch, client, admission))));
  }

  private CompletableFuture<Admission> decision(String client, long bytes, String batchId) {
    try {
      return admitter.admit(client, bytes, batchId);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Logs a batch once: a retried batch already logged is answered as a duplicate. */
  private void deliver(HttpServerExchange exchange, Batch batch, String client, Admission admission) {
    String id = batch.batchId();
    if (admission.limited()) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(admission.waitNanos() + 999_999_999L));
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, seconds);
      refuse(exchange, ErrorCode.RATE_LIMITED, "too many requests; retry after " + seconds + " s");
      return;
    }
    try {
      if (admission.duplicate()) {
        stats.duplicate();
        Answer.accepted(exchange, 0, batch.skipped(), 0, 0, true);
        return;
      }
      List<Event> kept = shedder.keep(batch.events());
      Batch taken = kept == batch.events() ? batch : batch.withEvents(kept);
      try {
        sink.write(taken, client);
      } catch (RuntimeException e) {
        if (id != null) {
          admitter.release(client, id);
        }
        throw e;
      }
      int shed = batch.events().size() - kept.size();
      long cut = taken.totalCut();
      stats.taken(kept.size(), batch.skipped(), shed, batch.dropped(), cut);
      Answer.accepted(exchange, kept.size(), batch.skipped(), shed, cut, false);
    } catch (SinkFullException e) {
      refuse(exchange, ErrorCode.OVERLOADED, "the log is full; retry later");
    } catch (RuntimeException e) {
      LOG.warn("the log sink failed; the client will retry", e);
      refuse(exchange, ErrorCode.SINK_UNAVAILABLE, "logging is unavailable; retry later");
    }
  }

  private void preflight(HttpServerExchange exchange) {
    exchange.getResponseHeaders()
        .put(ALLOW_METHODS, allowGet ? "POST, GET, OPTIONS" : "POST, OPTIONS")
        .put(MAX_AGE, 600);
    String asked = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
    if (asked != null && HEADER_LIST.matcher(asked).matches()) {
      exchange.getResponseHeaders().put(ALLOW_HEADERS, asked);
    }
    exchange.setStatusCode(204);
    exchange.endExchange();
  }

  /** Answers a refusal and counts it; a 503 tells the client to come back in a second. */
  private void refuse(HttpServerExchange exchange, ErrorCode code, String message) {
    stats.refused(code);
    if (code.status() == 503 && !exchange.getResponseHeaders().contains(Headers.RETRY_AFTER)) {
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, 1);
    }
    Answer.error(exchange, code, message);
  }

  private static boolean isJsonOrText(String type) {
    String base = type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    return base.equals("application/json") || base.equals("text/plain") || base.endsWith("+json");
  }

  private static Map<String, String> query(HttpServerExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    for (Map.Entry<String, Deque<String>> parameter : exchange.getQueryParameters().entrySet()) {
      query.put(parameter.getKey(), parameter.getValue().getFirst());
    }
    return query;
  }
}
