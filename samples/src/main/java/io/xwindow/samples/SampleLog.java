package io.xwindow.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.xwindow.beaver.server.ErrorCode;
import io.xwindow.beaver.server.LogEndpoint;
import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The samples' log endpoint, on the parent site at {@code /api/log}: pages of both sites log to
 * it with beaver-logger.js, and {@code /api/log/recent} shows the last {@value #KEPT} events that
 * arrived, newest last, for the logging demo to poll. {@code POST /api/log/outage?seconds=N}
 * makes the endpoint fail (503 {@code SINK_UNAVAILABLE}, as when a real sink is down) for N
 * seconds, so a person can watch the pages retry and each batch arrive once afterwards; {@code GET
 * /api/log/outage} says how long it still fails and how many batches it refused so far. Only a
 * page of the parent site may start an outage: a POST from a page of any other origin gets 403.
 */
final class SampleLog implements Sink {
  static final int KEPT = 100;
  static final int LONGEST_OUTAGE_SECONDS = 60;

  private final ObjectMapper json = new ObjectMapper();
  private final Deque<ObjectNode> recent = new ArrayDeque<>();
  private final LogEndpoint endpoint;
  /** Until when (System.nanoTime) every batch fails; at first, already past. */
  private volatile long failingUntil = System.nanoTime();

  /** An endpoint that lets pages of {@code childOrigin} log across origins. */
  SampleLog(String childOrigin) {
    endpoint = LogEndpoint.builder().allowOrigins(childOrigin).sink(this).build();
  }

  /** The endpoint at {@code /api/log} and the recent events at {@code /api/log/recent}, in front of {@code next}. */
  HttpHandler handler(HttpHandler next) {
    return Handlers.path(next)
        .addExactPath("/api/log", endpoint.handler())
        .addExactPath("/api/log/recent", exchange -> send(exchange, 200, recentJson()))
        .addExactPath("/api/log/outage", this::outage);
  }

  /** POST: fail for {@code ?seconds=N} (1 to 60) from now; GET: how long it still fails. */
  private void outage(HttpServerExchange exchange) {
    if (exchange.getRequestMethod().equals(Methods.POST)) {
      if (!fromThisSite(exchange)) {
        send(exchange, 403, "{\"error\":\"only a page of this site may start an outage\"}");
        return;
      }
      Deque<String> asked = exchange.getQueryParameters().get("seconds");
      String seconds = asked == null ? "" : asked.getFirst();
      if (!seconds.matches("[0-9]{1,2}") || Integer.parseInt(seconds) < 1
          || Integer.parseInt(seconds) > LONGEST_OUTAGE_SECONDS) {
        send(exchange, 400, "{\"error\":\"seconds must be 1 to " + LONGEST_OUTAGE_SECONDS + "\"}");
        return;
      }
      failingUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.parseInt(seconds));
    } else if (!exchange.getRequestMethod().equals(Methods.GET)) {
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, POST");
      send(exchange, 405, "{\"error\":\"GET or POST\"}");
      return;
    }
    ObjectNode state = json.createObjectNode();
    state.put("failingForMillis", TimeUnit.NANOSECONDS.toMillis(Math.max(0, failingUntil - System.nanoTime())));
    state.put("refused", endpoint.stats().refusedWith(ErrorCode.SINK_UNAVAILABLE));
    send(exchange, 200, state.toString());
  }

  /**
   * Whether a request comes from a page of this site, or from no page at all. A browser sends
   * {@code Origin} with every POST (the Fetch standard; {@code null} for an opaque origin), so a
   * page of another origin, by a form, {@code fetch} or XHR, is always told apart from this
   * site's, whose origin is the one the request was addressed to. A request without it comes from
   * a program such as curl, which forges nobody's request.
   */
  private static boolean fromThisSite(HttpServerExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    return origin == null || origin.equals(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
  }

  private static void send(HttpServerExchange exchange, int status, String body) {
    exchange.setStatusCode(status);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseSender().send(body);
  }

  /** Takes a batch, or fails during an outage: nothing of it counts as logged, and its page retries it. */
  @Override
  public synchronized void write(Batch batch, String client) {
    if (failingUntil - System.nanoTime() > 0) {
      throw new IllegalStateException("the logging demo's outage");
    }
    for (Event event : batch.events()) {
      ObjectNode shown = json.createObjectNode();
      shown.put("level", event.level().wireName());
      shown.put("event", event.name());
      shown.set("payload", event.payload());
      shown.set("site", batch.meta().get("site"));
      shown.put("batchId", batch.batchId());
      recent.addLast(shown);
      if (recent.size() > KEPT) {
        recent.removeFirst();
      }
    }
  }

  private synchronized String recentJson() {
    ArrayNode list = json.createArrayNode();
    recent.forEach(list::add);
    return list.toString();
  }

  @Override
  public void close() {
    endpoint.close();
  }
}
