package io.xwindow.beaver.server;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A real Undertow on 127.0.0.1 and a free port, serving one handler; stops on close. */
final class Loopback implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Undertow server;
  final String origin;

  Loopback(HttpHandler handler) {
    this(Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(handler).build());
  }

  /** Starts {@code server}, built with one listener on 127.0.0.1. */
  Loopback(Undertow server) {
    this.server = server;
    server.start();
    origin = "http://127.0.0.1:" + port();
  }

  /** The port it listens on. */
  int port() {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** An answer read off a raw socket. */
  record RawAnswer(int statusCode, String head, String body) {
    /** The first value of header {@code name}, or empty. */
    java.util.Optional<String> header(String name) {
      return head.lines()
          .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(line -> line.substring(name.length() + 1).strip())
          .findFirst();
    }
  }

  /**
   * Sends {@code request}, written out whole (so it can say what HttpClient will not, such as its
   * own Host), on a new connection to {@code port}, and reads the answer until the server closes.
   */
  static RawAnswer raw(int port, String request) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      String body = end < 0 ? "" : answer.substring(end + 4);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new RawAnswer(status, head, body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A request to {@code path} on this server. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(10));
  }

  /** POSTs {@code json} as application/json to {@code path}. */
  HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
