package io.xwindow.testkit;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One web site on one loopback origin, on a free port: it serves the pages a test registers and
 * the compiled bundles under {@code /bundles/}. Every HTML page gets the {@link ScriptErrors}
 * reporter first in its {@code <head>}.
 */
public final class Site implements AutoCloseable {
  private final String host;
  private final ScriptErrors errors;
  private final Map<String, Resource> resources = new ConcurrentHashMap<>();
  private final Undertow server;
  private final String origin;

  private record Resource(String contentType, Loader body, Map<String, String> headers) {
    Resource(String contentType, Loader body) {
      this(contentType, body, Map.of());
    }
  }

  @FunctionalInterface
  private interface Loader {
    byte[] load() throws IOException;
  }

  /**
   * Starts a site. {@code host} is the name pages use in their URLs (it also names the origin);
   * the server binds to {@code bindAddress}, always a loopback address.
   */
  public Site(String host, String bindAddress, ScriptErrors errors) {
    this.host = host;
    this.errors = errors;
    this.server =
        Undertow.builder().addHttpListener(0, bindAddress).setHandler(this::handle).build();
    server.start();
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    this.origin = "http://" + host + ":" + port;
  }

  /** The origin, e.g. {@code http://localhost:41234}. */
  public String origin() {
    return origin;
  }

  /** The host name part of the origin. */
  public String host() {
    return host;
  }

  /** The absolute URL of {@code path} on this site. */
  public String url(String path) {
    return origin + path;
  }

  /** Serves {@code html} at {@code path}, with the error reporter put in. */
  public Site page(String path, String html) {
    byte[] body = withReporter(html).getBytes(StandardCharsets.UTF_8);
    resources.put(path, new Resource("text/html; charset=utf-8", () -> body));
    return this;
  }

  /**
   * Serves {@code html} at {@code path} with response {@code headers} (e.g. a {@code
   * Content-Security-Policy}; a {@code Cache-Control} given here replaces the kit's {@code
   * no-store}, which keeps a page out of the back/forward cache).
   */
  public Site page(String path, String html, Map<String, String> headers) {
    byte[] body = withReporter(html).getBytes(StandardCharsets.UTF_8);
    resources.put(path, new Resource("text/html; charset=utf-8", () -> body, Map.copyOf(headers)));
    return this;
  }

  /** Serves a file at {@code path}, read afresh on every request. */
  public Site file(String path, Path file, String contentType) {
    resources.put(path, new Resource(contentType, () -> Files.readAllBytes(file)));
    return this;
  }

  /**
   * Serves a JavaScript file at {@code path}, read afresh on every request: one of our bundles,
   * or a published library's build (see {@link NpmPackage}).
   */
  public Site script(String path, Path file) {
    return file(path, file, "text/javascript; charset=utf-8");
  }

  /** Serves the named bundle (see {@link Bundles}) at {@code /bundles/<name>}. */
  public Site bundle(String name) {
    return script("/bundles/" + name, Bundles.path(name));
  }

  /** Forgets every page and file: a new test starts. */
  public void reset() {
    resources.clear();
  }

  @Override
  public void close() {
    server.stop();
  }

  private static String withReporter(String html) {
    int head = html.indexOf("<head>");
    if (head < 0) {
      return ScriptErrors.REPORTER + html;
    }
    int at = head + "<head>".length();
    return html.substring(0, at) + ScriptErrors.REPORTER + html.substring(at);
  }

  private void handle(HttpServerExchange exchange) {
    String path = exchange.getRequestPath();
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    if (path.equals(ScriptErrors.PATH) && exchange.getRequestMethod().equals(Methods.POST)) {
      exchange
          .getRequestReceiver()
          .receiveFullString(
              (ex, text) -> {
                errors.add(origin + ": " + text);
                ex.setStatusCode(204);
                ex.endExchange();
              });
      return;
    }
    if (path.equals("/favicon.ico")) {
      exchange.setStatusCode(204);
      return;
    }
    Resource resource = resources.get(path);
    if (resource == null) {
      errors.add(origin + ": 404 for " + path);
      exchange.setStatusCode(404);
      exchange.getResponseSender().send("not found: " + path);
      return;
    }
    if (exchange.isInIoThread()) {
      exchange.dispatch((HttpHandler) this::handle);
      return;
    }
    try {
      byte[] body = resource.body().load();
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, resource.contentType());
      resource.headers().forEach(
          (name, value) -> exchange.getResponseHeaders().put(new io.undertow.util.HttpString(name), value));
      exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
