package io.xwindow.memcookies.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.xwindow.testkit.Lane;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Serves the client bundle that memcookies-server/client built, from this module's jar. */
@Tag(Lane.BUNDLE)
class ClientScriptHandlerTest {
  private static Undertow server;
  private static String base;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        Undertow.builder()
            .addHttpListener(0, "127.0.0.1")
            .setHandler(
                new ClientScriptHandler(
                    "/memcookies.js", exchange -> exchange.getResponseSender().send("next")))
            .build();
    server.start();
    base = "http://127.0.0.1:"
        + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> get(String path, String method) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheBuiltClientScript() throws Exception {
    HttpResponse<String> response = get("/memcookies.js", "GET");

    assertEquals(200, response.statusCode());
    assertEquals("text/javascript; charset=utf-8",
        response.headers().firstValue("content-type").orElseThrow());
    assertEquals(
        java.nio.file.Files.readString(
            java.nio.file.Path.of("client/target/memcookies.js")),
        response.body(),
        "the bundle the client module built");
  }

  @Test
  void passesOtherPathsOn() throws Exception {
    assertEquals("next", get("/other", "GET").body());
  }

  @Test
  void refusesWritesToTheScript() throws Exception {
    assertEquals(405, get("/memcookies.js", "POST").statusCode());
  }

  @Test
  void rejectsARelativePath() {
    assertThrows(IllegalArgumentException.class, () -> new ClientScriptHandler("x.js", null));
  }
}
