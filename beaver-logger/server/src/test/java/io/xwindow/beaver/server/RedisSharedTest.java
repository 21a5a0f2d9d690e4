package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two endpoint instances sharing one real redis-server: a client's rate holds across both, and a
 * batch retried to the other instance is logged once.
 */
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
    endpointA = LogEndpoint.builder().redis(redis.uri()).rateLimit(4, Duration.ofMinutes(1)).sink(sinkA).build();
    endpointB = LogEndpoint.builder().redis(redis.uri()).rateLimit(4, Duration.ofMinutes(1)).sink(sinkB).build();
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
    assertEquals(List.of("once", "two"), sinkA.names());
    assertEquals(List.of("three"), sinkB.names());
    assertEquals(200, fourth.statusCode());
    assertEquals(200, third.statusCode());
    assertEquals(429, fifth.statusCode(), "4 a minute across both instances");
    assertTrue(Long.parseLong(fifth.headers().firstValue("Retry-After").orElse("0")) >= 1);
  }
}
