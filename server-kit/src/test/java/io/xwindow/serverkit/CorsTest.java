package io.xwindow.serverkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Loopback;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one CORS of the server modules, over real HTTP: what an allowed origin gets, and what others do not. */
class CorsTest {
  private Loopback server;

  private Loopback serve(Cors cors) {
    server = new Loopback(exchange -> {
      if (cors.addHeaders(exchange) && Cors.isPreflight(exchange)) {
        cors.answerPreflight(exchange);
        return;
      }
      exchange.getResponseSender().send("app");
    });
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static Cors shop() {
    return Cors.builder().allowOrigins("HTTPS://Shop.Example:443").allowMethods("POST")
        .allowHeaders("content-type", "x-cookies").exposeHeaders("x-cookies").build();
  }

  @Test
  void anAllowedOriginGetsItselfBackVaryAndTheExposedHeaders() {
    HttpResponse<String> answer = serve(shop()).send("POST", "/", "Origin", "https://shop.example");

    assertEquals("app", answer.body());
    assertEquals("https://shop.example", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertTrue(answer.headers().allValues("Vary").contains("Origin"));
    assertEquals("x-cookies", answer.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
    assertTrue(answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
  }

  @Test
  void anotherOriginGetsNoCorsHeaderAndGoesOnToTheApplication() {
    HttpResponse<String> answer = serve(shop()).send("OPTIONS", "/", "Origin", "https://evil.example",
        "Access-Control-Request-Method", "POST");

    assertEquals("app", answer.body());
    assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    assertTrue(answer.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
  }

  @Test
  void aPreflightGetsTheMethodAndOnlyTheAllowedHeadersItAskedFor() {
    HttpResponse<String> answer = serve(shop()).send("OPTIONS", "/", "Origin", "https://shop.example",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "X-Cookies, x-other");

    assertEquals(204, answer.statusCode());
    assertEquals("POST", answer.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    assertEquals("x-cookies", answer.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    assertEquals("600", answer.headers().firstValue("Access-Control-Max-Age").orElse(""));
    assertTrue(answer.headers().firstValue("Access-Control-Expose-Headers").isEmpty());
  }

  @Test
  void aPreflightForAMethodNotAllowedGetsNoMethod() {
    HttpResponse<String> answer = serve(shop()).send("OPTIONS", "/", "Origin", "https://shop.example",
        "Access-Control-Request-Method", "DELETE");

    assertEquals(204, answer.statusCode());
    assertTrue(answer.headers().firstValue("Access-Control-Allow-Methods").isEmpty());
  }

  @Test
  void anyHeaderIsEchoedWhenAllowedButNeverSomethingOdd() {
    Cors any = Cors.builder().allowOrigins("http://shop.example").allowMethods("POST").allowAnyHeader().build();
    HttpResponse<String> tokens = serve(any).send("OPTIONS", "/", "Origin", "http://shop.example",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, x-trace");
    HttpResponse<String> odd = server.send("OPTIONS", "/", "Origin", "http://shop.example",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-a, x(b)");

    assertEquals("content-type, x-trace", tokens.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    assertTrue(odd.headers().firstValue("Access-Control-Allow-Headers").isEmpty());
  }

  @Test
  void originsAreMadeCanonicalAndNeitherWildcardsNorNullCanBeAllowed() {
    assertEquals("https://shop.example", Cors.canonical("HTTPS://Shop.Example:443"));
    assertEquals("http://[::1]:8080", Cors.canonical("http://[::1]:8080"));
    for (String bad : new String[] {"null", "*", "https://*.shop.example", "https://shop.example/", "shop.example"}) {
      assertThrows(IllegalArgumentException.class, () -> Cors.builder().allowOrigins(bad), bad);
    }
  }
}
