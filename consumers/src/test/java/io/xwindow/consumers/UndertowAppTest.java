package io.xwindow.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Readme;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An Undertow application as the README writes it, a project of its own naming only xwindow's
 * published coordinates: built against the staged artifacts, its keyset made with the runnable
 * keyset jar, run in a JVM of its own; it serves the log endpoint, the memcookies middleware and
 * the WebJar's bundles.
 */
@Tag(Lane.BUNDLE)
class UndertowAppTest {
  private static final String SHOP = "https://shop.example";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Process app;
  private static String origin;
  private static String dependencies;

  @BeforeAll
  static void buildAndStart() throws Exception {
    Path project = Consumers.project("undertow-app");
    Consumers.fill(project, "pom.xml", "webjar-dependencies", Readme.snippet("webjar-dependencies"));
    int port = freePort();
    Consumers.write(project, "src/main/java/com/example/shop/Shop.java",
        Readme.snippet("webjar-undertow-java").replace("8080", String.valueOf(port)));
    Consumers.mvn(project, "package", "dependency:copy-dependencies", "-DincludeScope=runtime");
    dependencies = Consumers.mvn(project, "dependency:list", "-DincludeScope=runtime");

    // the keyset, made as the README says, in the folder the application runs in
    String create = Readme.snippet("keyset-create").strip()
        .replace("xwindow-memcookies-keyset-" + Consumers.version() + ".jar", KeysetCommandTest.jar().toString());
    Process keyset = new ProcessBuilder(List.of(create.split(" "))).directory(project.toFile()).inheritIO().start();
    assertEquals(0, keyset.waitFor());

    app = new ProcessBuilder("java", "-cp", "target/classes:target/dependency/*", "com.example.shop.Shop")
        .directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(project.resolve("target/shop.log").toFile()).start();
    origin = "http://localhost:" + port;
    awaitUp(project);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.destroy();
      app.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theLogEndpointTakesABatchFromTheShop() throws Exception {
    HttpResponse<String> answer = send(request("/api/log").header("Origin", SHOP).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"events\":[{\"level\":\"info\",\"event\":\"checkout_start\",\"payload\":{}}],\"meta\":{}}")));

    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().startsWith("{\"accepted\":1,"), answer.body());
    assertEquals(SHOP, answer.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void theMemcookiesMiddlewareSealsTheSessionIntoXCookies() throws Exception {
    HttpResponse<String> first = send(request("/").header("x-cookies", "{}"));

    String jar = first.headers().firstValue("x-cookies").orElse("");
    assertEquals("the shop", first.body());
    assertTrue(jar.startsWith("{\"sid\":\""), jar);
    assertFalse(jar.contains("s-42"), "sealed, not in clear: " + jar);
    assertTrue(first.headers().allValues("set-cookie").isEmpty());

    HttpResponse<String> second = send(request("/").header("x-cookies", jar));
    assertFalse(second.headers().firstValue("x-cookies").orElse("").contains("sid"), "the session was read back from the jar");
  }

  @Test
  void theWebJarsBundlesAreServedImmutableWithAnETagAndGzip() throws Exception {
    String path = "/webjars/xwindow/" + Consumers.version() + "/xcomponent-" + Consumers.version() + ".min.js";
    HttpResponse<String> zipped = send(request(path).header("Accept-Encoding", "gzip"));
    HttpResponse<String> again = send(request(path).header("Accept-Encoding", "gzip")
        .header("If-None-Match", zipped.headers().firstValue("etag").orElse("")));

    assertEquals(200, zipped.statusCode());
    assertEquals("public, max-age=31536000, immutable", zipped.headers().firstValue("cache-control").orElse(null));
    assertEquals("gzip", zipped.headers().firstValue("content-encoding").orElse(null));
    assertTrue(zipped.headers().firstValue("etag").orElse("").startsWith("\"sha384-"));
    assertEquals(304, again.statusCode());
    assertEquals("the shop", send(request("/")).body());
  }

  @Test
  void itsRuntimeClasspathHasNothingOfTheTestKitOrTheBenchmarks() {
    assertTrue(dependencies.contains("io.xwindow:xwindow-webjar:jar:" + Consumers.version()), dependencies);
    for (String stranger : new String[] {"xwindow-testkit", "xwindow-bench", "junit", "htmlunit", "selenium", "jmh", "closure-compiler"}) {
      assertFalse(dependencies.contains(stranger), stranger + " in\n" + dependencies);
    }
    assertNotEquals(-1, dependencies.indexOf("io.undertow:undertow-core"));
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin + path));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitUp(Path project) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new AssertionError("the shop exited:\n" + Files.readString(project.resolve("target/shop.log")));
      }
      try {
        send(request("/"));
        return;
      } catch (ConnectException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the shop did not start:\n" + Files.readString(project.resolve("target/shop.log")));
  }
}
