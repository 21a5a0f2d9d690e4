package io.xwindow.samples.memcookies;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.util.function.Supplier;

/**
 * Answers 503 with one line of text, "memcookies.js is still being built", until memcookies.js is
 * on the class path, then passes every request to the handler {@code next} makes (once). On a
 * first start, or after a change to the client's sources, {@code bench/memcookies-app} starts the
 * demo before the client bundle is built, so that {@code /login} and {@code /whoami} answer at
 * once: the page and the script say so rather than break. The check reads the class path on each
 * request until the file is there: the script moves it in place whole, and {@code
 * ClientScriptHandler} reads it once, when it is first made.
 */
final class UntilScriptBuilt implements HttpHandler {
  /** Where the memcookies server jar (or its classes folder) carries the client bundle. */
  static final String SCRIPT = "io/xwindow/memcookies/server/memcookies.js";
  static final String STILL_BUILDING = "memcookies.js is still being built (bench/memcookies-app builds it in the"
      + " background while the demo serves): reload in a few seconds\n";

  private final ClassLoader classPath;
  private final Supplier<HttpHandler> next;
  private volatile HttpHandler ready;

  UntilScriptBuilt(ClassLoader classPath, Supplier<HttpHandler> next) {
    this.classPath = classPath;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HttpHandler handler = ready;
    if (handler == null) {
      if (classPath.getResource(SCRIPT) == null) {
        exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "5");
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(STILL_BUILDING);
        return;
      }
      synchronized (this) {
        if (ready == null) {
          ready = next.get();
        }
        handler = ready;
      }
    }
    handler.handleRequest(exchange);
  }
}
