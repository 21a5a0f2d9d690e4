package io.xwindow.memcookies.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Serves the memcookies client script, {@code memcookies.js}, from this jar, to every request it
 * gets: the application routes to it at the path of its choice.
 *
 * <pre>{@code
 * HttpHandler app = Handlers.path(myRoutes).addExactPath("/memcookies.js", new ClientScriptHandler());
 * }</pre>
 */
public final class ClientScriptHandler implements HttpHandler {
  /** The script as built by the client module, read once. */
  static final byte[] SCRIPT = load();

  /** Serves the script; {@code GET} and {@code HEAD} only. */
  public ClientScriptHandler() {}

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!Methods.GET.equals(exchange.getRequestMethod())
        && !Methods.HEAD.equals(exchange.getRequestMethod())) {
      exchange.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
      exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
      return;
    }
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/javascript; charset=utf-8");
    exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
    exchange.getResponseSender().send(ByteBuffer.wrap(SCRIPT));
  }

  private static byte[] load() {
    try (InputStream in = ClientScriptHandler.class.getResourceAsStream("memcookies.js")) {
      if (in == null) {
        throw new IllegalStateException(
            "memcookies.js is not in the jar: build memcookies-server/client first");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
