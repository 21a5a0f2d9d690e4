package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.beaver.server.wire.Level;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP on loopback: what it takes, and how it refuses. */
class LogEndpointTest {
  private static final String BATCH =
      "{\"events\":[{\"level\":\"info\",\"event\":\"app_hello world\",\"payload\":{\"zero\":0,\"timestamp\":\"1795367667501\"}},"
          + "{\"level\":\"error\",\"event\":\"app_failed\",\"payload\":{}}],"
          + "\"meta\":{\"page\":\"checkout\"},\"tracking\":[{\"a\":1}],"
          + "\"metrics\":[{\"metricNamespace\":\"ns\",\"metricEventName\":\"click\",\"metricValue\":1,\"metricType\":\"counter\"}]}";

  private final RecordingSink sink = new RecordingSink();
  private LogEndpoint endpoint;
  private Loopback server;

  private Loopback start(UnaryOperator<LogEndpoint.Builder> settings) {
    endpoint = settings.apply(LogEndpoint.builder().sink(sink)).build();
    server = new Loopback(endpoint.handler());
    return server;
  }

  private Loopback start() {
    return start(b -> b);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      endpoint.close();
    }
  }

  private static String batchWithId(String id, String level, String name) {
    return "{\"events\":[{\"level\":\"" + level + "\",\"event\":\"" + name + "\",\"payload\":{}}],\"meta\":{\"batchId\":\"" + id + "\"}}";
  }

  @Test
  void aJsonBatchIsLoggedEventByEventWithItsTrackingAndMetrics() {
    HttpResponse<String> answer = start().post("/api/log", BATCH);

    assertEquals(200, answer.statusCode());
    assertEquals("{\"accepted\":2,\"skipped\":0,\"shed\":0,\"cut\":0,\"duplicate\":false}", answer.body());
    assertEquals(List.of("app_hello_world", "app_failed"), sink.names());
    assertEquals(Level.ERROR, sink.events().get(1).level());
    assertEquals(0, sink.events().get(0).payload().get("zero").asInt());
    assertEquals("checkout", sink.batches.get(0).meta().get("page").asText());
    assertEquals(1, sink.batches.get(0).tracking().size());
    assertEquals("click", sink.batches.get(0).metrics().get(0).get("metricEventName").asText());
  }

  @Test
  void aTextPlainBeaconIsReadAsJson() {
    HttpResponse<String> answer =
        start().send(server.request("/api/log").header("Content-Type", "text/plain;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(BATCH)));

    assertEquals(200, answer.statusCode());
    assertEquals(2, sink.events().size());
  }

  @Test
  void aGetIsOneEventMadeOfItsQueryWhenGetsAreAllowed() {
    HttpResponse<String> answer =
        start(b -> b.allowGet(true)).send(server.request("/api/log?event=page%20view&level=warn&x=1").GET());

    assertEquals(200, answer.statusCode());
    assertEquals(List.of("page_view"), sink.names());
    assertEquals(Level.WARN, sink.events().get(0).level());
    assertEquals("1", sink.events().get(0).payload().get("x").asText());
    assertNull(sink.events().get(0).payload().get("event"));
  }

  @Test
  void otherPathsGoToTheNextHandler() {
    assertEquals(404, start().post("/elsewhere", BATCH).statusCode());
    assertTrue(sink.batches.isEmpty());
  }

  @Test
  void aBodyOverTheLimitIs413() {
    start(b -> b.maxBodyBytes(1000));
    String big = "{\"events\":[],\"meta\":{\"pad\":\"" + "x".repeat(2000) + "\"}}";

    HttpResponse<String> answer = server.post("/api/log", big);

    assertEquals(413, answer.statusCode());
    assertTrue(answer.body().contains("\"error\":\"BODY_TOO_LARGE\""), answer.body());
    assertEquals(1, endpoint.stats().refusedWith(ErrorCode.BODY_TOO_LARGE));
  }

  @Test
  void aChunkedBodyOverTheLimitIs413Too() {
    start(b -> b.maxBodyBytes(1000));
    byte[] big = ("{\"events\":[],\"meta\":{\"pad\":\"" + "x".repeat(5000) + "\"}}").getBytes();

    HttpResponse<String> answer =
        server.send(server.request("/api/log").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

    assertEquals(413, answer.statusCode());
    assertTrue(sink.batches.isEmpty());
  }

  @Test
  void aGetIsRefusedUnlessGetsAreAllowed() {
    // an <img> beacon carries no Origin: taking GETs would let any page on the web log here
    HttpResponse<String> answer = start().send(server.request("/api/log?event=page_view&level=error").GET());

    assertEquals(405, answer.statusCode());
    assertTrue(answer.body().contains("\"error\":\"METHOD_NOT_ALLOWED\""), answer.body());
    assertEquals("POST, OPTIONS", answer.headers().firstValue("Allow").orElse(""));
    assertTrue(sink.batches.isEmpty());
  }

  @Test
  void dataAfterTheJsonObjectIs400() {
    start();
    for (String body : List.of(BATCH + "{\"events\":[]}", BATCH + " trailing", BATCH + "]")) {
      HttpResponse<String> answer = server.post("/api/log", body);

      assertEquals(400, answer.statusCode(), body);
      assertTrue(answer.body().startsWith("{\"error\":\"MALFORMED_JSON\""), answer.body());
    }
    assertTrue(sink.batches.isEmpty());
    assertEquals(200, server.post("/api/log", BATCH + " \n").statusCode());
  }

  @Test
  void malformedJsonIs400WithAJsonError() {
    HttpResponse<String> answer = start().post("/api/log", "{\"events\":[");

    assertEquals(400, answer.statusCode());
    assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
    assertTrue(answer.body().startsWith("{\"error\":\"MALFORMED_JSON\""), answer.body());
  }

  @Test
  void aBodyThatIsNotAnObjectIs400() {
    assertEquals(400, start().post("/api/log", "[1,2]").statusCode());
  }

  @Test
  void wrongShapesAreSkippedAndCountedAndTheRestIsLogged() {
    String mixed =
        "{\"events\":[{\"level\":\"info\",\"event\":\"good\"},7,{\"event\":5},{\"level\":\"loud\",\"event\":\"x\"},"
            + "{\"event\":\"bad_payload\",\"payload\":\"str\"},{\"event\":\"no_level\",\"payload\":null}],"
            + "\"tracking\":\"nope\",\"metrics\":[1,{\"m\":1}],\"meta\":[]}";

    HttpResponse<String> answer = start().post("/api/log", mixed);

    assertEquals(200, answer.statusCode());
    assertEquals("{\"accepted\":2,\"skipped\":7,\"shed\":0,\"cut\":0,\"duplicate\":false}", answer.body());
    assertEquals(List.of("good", "no_level"), sink.names());
    assertEquals(7, endpoint.stats().skipped());
  }

  @Test
  void eventsWithShapesOfTheWrongTypeAtTheTopAreCountedNotFatal() {
    HttpResponse<String> answer = start().post("/api/log", "{\"events\":\"abc\"}");

    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("\"skipped\":1"), answer.body());
  }

  @Test
  void otherMethodsAre405AndOtherContentTypes415() {
    start();
    HttpResponse<String> put =
        server.send(server.request("/api/log").PUT(HttpRequest.BodyPublishers.ofString(BATCH)));
    HttpResponse<String> form =
        server.send(server.request("/api/log").header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("a=b")));

    assertEquals(405, put.statusCode());
    assertTrue(put.body().contains("METHOD_NOT_ALLOWED"));
    assertEquals(415, form.statusCode());
    assertTrue(form.body().contains("UNSUPPORTED_MEDIA_TYPE"));
    assertTrue(sink.batches.isEmpty());
  }

  @Test
  void anAllowedOriginGetsCorsHeadersAndItsPreflightAnswered() {
    start(b -> b.allowOrigin("http://shop.example"));

    HttpResponse<String> preflight =
        server.send(server.request("/api/log").header("Origin", "http://shop.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type, x-trace")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> post =
        server.send(server.request("/api/log").header("Origin", "http://shop.example")
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BATCH)));

    assertEquals(204, preflight.statusCode());
    assertEquals("http://shop.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals("content-type, x-trace", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    assertEquals(200, post.statusCode());
    assertEquals("http://shop.example", post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals("Origin", post.headers().firstValue("Vary").orElse(""));
    assertEquals("Retry-After", post.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    assertTrue(post.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    assertEquals(2, sink.events().size());
  }

  @Test
  void theOpaqueOriginIsNeverAllowed() {
    // sandboxed frames and file: pages all send "Origin: null"; allowing it would allow them all
    start(b -> b.allowOrigin("http://shop.example"));

    HttpResponse<String> post =
        server.send(server.request("/api/log").header("Origin", "null")
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(BATCH)));

    assertEquals(403, post.statusCode());
    assertTrue(post.body().contains("ORIGIN_NOT_ALLOWED"));
    assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertTrue(sink.batches.isEmpty());
    assertThrows(IllegalArgumentException.class, () -> LogEndpoint.builder().allowOrigin("null"));
    assertThrows(IllegalArgumentException.class, () -> LogEndpoint.builder().allowOrigin("*"));
  }

  /** POSTs {@code BATCH} as a page on {@code origin} would to the server reached as {@code host}. */
  private Loopback.RawAnswer postAs(String host, String origin) {
    return Loopback.raw(server.port(), "POST /api/log HTTP/1.1\r\nHost: " + host + "\r\nOrigin: " + origin
        + "\r\nContent-Type: text/plain\r\nContent-Length: " + BATCH.length() + "\r\nConnection: close\r\n\r\n" + BATCH);
  }

  @Test
  void aRebindingPageIsNotTakenForTheEndpointsOwnByItsHostHeader() {
    // DNS rebinding: evil.example resolves to this server; the page's requests say Host: evil.example
    start(b -> b.allowOrigin("http://shop.example"));
    String evil = "evil.example:" + server.port();

    Loopback.RawAnswer post = postAs(evil, "http://" + evil);

    assertEquals(403, post.statusCode(), post.body());
    assertTrue(post.body().contains("ORIGIN_NOT_ALLOWED"), post.body());
    assertTrue(sink.batches.isEmpty());
  }

  @Test
  void aConfiguredPublicOriginLogsWithoutCors() {
    start(b -> b.publicOrigin("HTTPS://Logs.Example:443"));

    Loopback.RawAnswer post = postAs("logs.example", "https://logs.example");

    assertEquals(200, post.statusCode(), post.body());
    assertTrue(post.header("Access-Control-Allow-Origin").isEmpty());
    assertEquals(2, sink.events().size());
  }

  @Test
  void anotherOriginIsRefusedAndNotLogged() {
    start(b -> b.allowOrigin("http://shop.example"));

    HttpResponse<String> preflight =
        server.send(server.request("/api/log").header("Origin", "http://evil.example")
            .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> post =
        server.send(server.request("/api/log").header("Origin", "http://evil.example")
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(BATCH)));

    assertEquals(403, preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertEquals(403, post.statusCode());
    assertTrue(post.body().contains("ORIGIN_NOT_ALLOWED"));
    assertTrue(sink.batches.isEmpty());
  }

  @Test
  void aPageOnTheEndpointsOwnOriginNeedsNoListing() {
    start();
    HttpResponse<String> post =
        server.send(server.request("/api/log").header("Origin", server.origin)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BATCH)));

    assertEquals(200, post.statusCode());
    assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void aClientOverItsRateGets429WithRetryAfter() {
    start(b -> b.rateLimit(2, java.time.Duration.ofMinutes(1)));

    server.post("/api/log", BATCH);
    server.post("/api/log", BATCH);
    HttpResponse<String> third = server.post("/api/log", BATCH);

    assertEquals(429, third.statusCode());
    assertTrue(third.body().contains("RATE_LIMITED"));
    long retryAfter = Long.parseLong(third.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
    assertEquals(4, sink.events().size());
  }

  @Test
  void aRetriedBatchIsLoggedOnce() {
    start();

    HttpResponse<String> first = server.post("/api/log", batchWithId("b-1", "info", "once"));
    HttpResponse<String> again = server.post("/api/log", batchWithId("b-1", "info", "once"));
    server.post("/api/log", batchWithId("b-2", "info", "other"));

    assertEquals(200, first.statusCode());
    assertEquals(200, again.statusCode());
    assertTrue(again.body().contains("\"duplicate\":true"), again.body());
    assertEquals(List.of("once", "other"), sink.names());
    assertEquals(1, endpoint.stats().duplicates());
  }

  @Test
  void aFailingSinkIs503AndTheRetryIsLoggedOnceItRecovers() {
    start();
    sink.failing = true;
    HttpResponse<String> failed = server.post("/api/log", batchWithId("b-9", "error", "boom"));
    sink.failing = false;
    HttpResponse<String> retried = server.post("/api/log", batchWithId("b-9", "error", "boom"));

    assertEquals(503, failed.statusCode());
    assertTrue(failed.body().contains("SINK_UNAVAILABLE"));
    assertEquals("1", failed.headers().firstValue("Retry-After").orElse(""));
    assertEquals(200, retried.statusCode());
    assertEquals(List.of("boom"), sink.names());
  }

  @Test
  void aFullSinkIs503OverloadedAndTheRetryIsLoggedOnceThereIsRoom() {
    start();
    sink.full = true;
    HttpResponse<String> refused = server.post("/api/log", batchWithId("b-7", "error", "kept"));
    sink.full = false;
    HttpResponse<String> retried = server.post("/api/log", batchWithId("b-7", "error", "kept"));

    assertEquals(503, refused.statusCode());
    assertTrue(refused.body().contains("\"error\":\"OVERLOADED\""), refused.body());
    assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
    assertEquals(200, retried.statusCode());
    assertEquals(List.of("kept"), sink.names());
    assertEquals(1, endpoint.stats().refusedWith(ErrorCode.OVERLOADED));
  }

  @Test
  void bodiesPastTheInFlightBudgetAre503UntilTheHeldOnesEnd() throws Exception {
    start(b -> b.maxBytesInFlight(1000));
    String body = "{\"events\":[{\"event\":\"late\"}],\"meta\":{\"pad\":\"" + "p".repeat(880) + "\"}}";
    try (java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
      slow.getOutputStream().write(("POST /api/log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body.substring(0, 900)).getBytes());
      slow.getOutputStream().flush();
      for (int i = 0; i < 100 && endpoint.bytesInFlight() < 900; i++) {
        Thread.sleep(10);
      }

      HttpResponse<String> refused = server.post("/api/log", BATCH);

      assertEquals(503, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("\"error\":\"OVERLOADED\""), refused.body());
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      slow.getOutputStream().write(body.substring(900).getBytes());
      slow.getOutputStream().flush();
      byte[] answer = new byte[12];
      assertEquals(12, slow.getInputStream().readNBytes(answer, 0, 12));
      assertEquals("HTTP/1.1 200", new String(answer));
    }
    for (int i = 0; i < 100 && endpoint.bytesInFlight() > 0; i++) {
      Thread.sleep(10);
    }
    assertEquals(0, endpoint.bytesInFlight());
    assertEquals(200, server.post("/api/log", BATCH).statusCode());
    assertEquals(List.of("late", "app_hello_world", "app_failed"), sink.names());
  }

  @Test
  void aSaturatedSinkShedsDebugAndInfoFirstAndSaysSo() {
    start(b -> b.shedAbove(100));
    sink.backlog = 150;
    String mixed =
        "{\"events\":[{\"level\":\"debug\",\"event\":\"d\"},{\"level\":\"info\",\"event\":\"i\"},"
            + "{\"level\":\"warn\",\"event\":\"w\"},{\"level\":\"error\",\"event\":\"e\"}]}";

    HttpResponse<String> answer = server.post("/api/log", mixed);
    sink.backlog = 0;
    server.post("/api/log", mixed);

    assertEquals("{\"accepted\":2,\"skipped\":0,\"shed\":2,\"cut\":0,\"duplicate\":false}", answer.body());
    assertEquals(List.of("w", "e", "d", "i", "w", "e"), sink.names());
    assertEquals(2, endpoint.stats().shed());
  }

  @Test
  void clientDropCountsAreCounted() {
    start().post("/api/log", "{\"events\":[],\"meta\":{\"dropped\":12}}");
    assertEquals(12, endpoint.stats().droppedByClients());
  }
}
