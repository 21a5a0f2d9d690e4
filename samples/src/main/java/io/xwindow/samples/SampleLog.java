package io.xwindow.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import io.xwindow.beaver.server.LogEndpoint;
import io.xwindow.beaver.server.sink.Sink;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The samples' log endpoint, on the parent site at {@code /api/log}: pages of both sites log to
 * it with beaver-logger.js, and {@code /api/log/recent} shows the last {@value #KEPT} events that
 * arrived, newest last, for the logging demo to poll.
 */
final class SampleLog implements Sink {
  static final int KEPT = 100;

  private final ObjectMapper json = new ObjectMapper();
  private final Deque<ObjectNode> recent = new ArrayDeque<>();
  private final LogEndpoint endpoint;

  /** An endpoint that lets pages of {@code childOrigin} log across origins. */
  SampleLog(String childOrigin) {
    endpoint = LogEndpoint.builder().allowOrigins(childOrigin).sink(this).build();
  }

  /** The endpoint at {@code /api/log} and the recent events at {@code /api/log/recent}, in front of {@code next}. */
  HttpHandler handler(HttpHandler next) {
    return Handlers.path(next)
        .addExactPath("/api/log", endpoint.handler())
        .addExactPath("/api/log/recent", exchange -> {
          exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
          exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
          exchange.getResponseSender().send(recentJson());
        });
  }

  @Override
  public synchronized void write(Batch batch, String client) {
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
