package io.xwindow.testkit;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A real Undertow on 127.0.0.1 and a free port, serving one handler, and a client for it; stops
 * when closed. For a server module's tests over real HTTP:
 *
 * <pre>{@code
 * try (Loopback server = new Loopback(handler)) {
 *   HttpResponse<String> answer = server.send("GET", "/whoami", "x-cookies", "{}");
 * }
 * }</pre>
 */
public final class Loopback implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Undertow server;
  private final int port;

  /** Serves {@code handler} on 127.0.0.1 and a free port. */
  public Loopback(HttpHandler handler) {
    this(Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(handler).build());
  }

  /** Starts {@code server}, built with one listener on 127.0.0.1 (e.g. with a test's timeouts). */
  public Loopback(Undertow server) {
    this.server = server;
    server.start();
    port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String origin() {
    return "http://127.0.0.1:" + port;
  }

  /** {@code http://127.0.0.1:PORT} + path. */
  public String url(String path) {
    return origin() + path;
  }

  /** A request to {@code path} on this server, with a 10-second timeout. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
  }

  /** POSTs {@code json} as application/json to {@code path}. */
  public HttpResponse<String> post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /**
   * Sends {@code method path} without a body, with header name/value pairs; to host {@code
   * localhost} (another origin than {@link #origin()}) if the path starts with {@code //localhost}.
   */
  public HttpResponse<String> send(String method, String path, String... headers) {
    String url = path.startsWith("//localhost") ? "http://localhost:" + port + path.substring(11) : url(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** Sends {@code request}; the answer's body as a string. */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer read off a raw socket. */
  public record RawAnswer(int statusCode, String head, String body) {
    /** The first value of header {@code name}, or empty. */
    public Optional<String> header(String name) {
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
  public static RawAnswer raw(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String head = end < 0 ? answer : answer.substring(0, end);
      String body = end < 0 ? "" : answer.substring(end + 4);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new RawAnswer(status, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
