package io.xwindow.memcookies.server;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A real Undertow on 127.0.0.1 and a client for it; stops when closed. */
final class Loopback implements AutoCloseable {
  private final Undertow server;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  Loopback(HttpHandler handler) {
    server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(handler).build();
    server.start();
    port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT} + path. */
  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Sends {@code method path} with header name/value pairs; via host {@code localhost} if the path starts with {@code //localhost}. */
  HttpResponse<String> send(String method, String path, String... headers) throws Exception {
    String url = path.startsWith("//localhost") ? "http://localhost:" + port + path.substring(11) : url(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.stop();
  }
}
