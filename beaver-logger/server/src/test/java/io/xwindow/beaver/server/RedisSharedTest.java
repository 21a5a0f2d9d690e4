package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpServerExchange;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.RedisServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two endpoint instances sharing one real redis-server: a client's rate (requests and bytes) holds
 * across both, a batch retried to the other instance is logged once, and a batch id is scoped by
 * the client that sent it.
 */
@Tag(Lane.REDIS)
class RedisSharedTest {
  static RedisServer redis;
  static final RecordingSink sinkA = new RecordingSink();
  static final RecordingSink sinkB = new RecordingSink();
  static LogEndpoint endpointA;
  static LogEndpoint endpointB;
  static Loopback a;
  static Loopback b;

  @BeforeAll
  static void start() throws Exception {
    redis = new RedisServer();
    UnaryOperator<LogEndpoint.Builder> shared =
        b -> b.redis(redis.uri()).rateLimit(4, 600, Duration.ofMinutes(1)).clientKey(RedisSharedTest::client);
    endpointA = shared.apply(LogEndpoint.builder()).sink(sinkA).build();
    endpointB = shared.apply(LogEndpoint.builder()).sink(sinkB).build();
    a = new Loopback(endpointA.handler());
    b = new Loopback(endpointB.handler());
  }

  @AfterAll
  static void stop() {
    a.close();
    b.close();
    endpointA.close();
    endpointB.close();
    redis.close();
  }

  /** Clients named by a header, so one test machine can be several clients. */
  private static String client(HttpServerExchange exchange) {
    String name = exchange.getRequestHeaders().getFirst("X-Test-Client");
    return name == null ? "default" : name;
  }

  private static HttpResponse<String> postAs(Loopback to, String client, String json) {
    return to.send(to.request("/api/log").header("Content-Type", "application/json").header("X-Test-Client", client)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
  }

  private static String batch(String id, String name) {
    return "{\"events\":[{\"level\":\"info\",\"event\":\"" + name + "\"}],\"meta\":{\"batchId\":\"" + id + "\"}}";
  }

  @Test
  void aBatchRetriedToTheOtherInstanceIsLoggedOnceAndTheRateHoldsAcrossBoth() {
    HttpResponse<String> first = a.post("/api/log", batch("shared-1", "once"));
    HttpResponse<String> retried = b.post("/api/log", batch("shared-1", "once"));
    HttpResponse<String> third = a.post("/api/log", batch("shared-2", "two"));
    HttpResponse<String> fourth = b.post("/api/log", batch("shared-3", "three"));
    HttpResponse<String> fifth = a.post("/api/log", batch("shared-4", "four"));

    assertEquals(200, first.statusCode());
    assertTrue(retried.body().contains("\"duplicate\":true"), retried.body());
    List<String> names = List.of("once", "two", "three", "four");
    assertEquals(List.of("once", "two"), sinkA.names().stream().filter(names::contains).toList());
    assertEquals(List.of("three"), sinkB.names().stream().filter(names::contains).toList());
    assertEquals(200, fourth.statusCode());
    assertEquals(200, third.statusCode());
    assertEquals(429, fifth.statusCode(), "4 a minute across both instances");
    assertTrue(Long.parseLong(fifth.headers().firstValue("Retry-After").orElse("0")) >= 1);
  }

  @Test
  void aBatchIdSeenFromAnotherClientDoesNotSuppressThisClientsBatch() {
    HttpResponse<String> attacker = postAs(a, "attacker", batch("observed-id", "forged"));
    HttpResponse<String> victim = postAs(b, "victim", batch("observed-id", "real"));
    HttpResponse<String> victimRetry = postAs(a, "victim", batch("observed-id", "real"));

    assertTrue(attacker.body().contains("\"duplicate\":false"), attacker.body());
    assertTrue(victim.body().contains("\"duplicate\":false"), victim.body());
    assertTrue(victimRetry.body().contains("\"duplicate\":true"), victimRetry.body());
    assertTrue(sinkB.names().contains("real"));
  }

  @Test
  void theBytesOfAClientCountAcrossBothInstances() {
    String big = "{\"events\":[{\"level\":\"info\",\"event\":\"big\",\"payload\":{\"pad\":\"" + "x".repeat(300) + "\"}}]}";

    HttpResponse<String> first = postAs(a, "bulky", big);
    HttpResponse<String> second = postAs(b, "bulky", big);

    assertEquals(200, first.statusCode());
    assertEquals(429, second.statusCode(), "600 bytes a minute across both instances: " + second.body());
    assertTrue(Long.parseLong(second.headers().firstValue("Retry-After").orElse("0")) >= 1);
  }
}
