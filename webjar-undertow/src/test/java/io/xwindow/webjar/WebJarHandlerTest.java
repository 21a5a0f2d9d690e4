package io.xwindow.webjar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.xwindow.testkit.Lane;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The WebJar's bundles over HTTP, from a real Undertow on loopback. */
@Tag(Lane.BUNDLE)
class WebJarHandlerTest {
  private static final String VERSION = System.getProperty("xwindow.project.version");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Undertow server;
  private static String origin;

  @BeforeAll
  static void start() {
    WebJarHandler handler = new WebJarHandler(exchange -> exchange.getResponseSender().send("the application"));
    server = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(handler).build();
    server.start();
    origin = "http://127.0.0.1:" + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void servesEachBundleOfItsVersionCachedForAYearWithItsIntegrityAsETag() throws Exception {
    HttpResponse<byte[]> response = get("/webjars/xwindow/" + VERSION + "/xcomponent-" + VERSION + ".min.js");

    assertEquals(200, response.statusCode());
    assertEquals("public, max-age=31536000, immutable", header(response, "cache-control"));
    assertEquals("text/javascript; charset=utf-8", header(response, "content-type"));
    assertEquals("*", header(response, "access-control-allow-origin"));
    assertEquals("\"" + sri(response.body()) + "\"", header(response, "etag"));
    assertTrue(new String(response.body(), "UTF-8").contains("version:\"" + VERSION + "\""));
  }

  @Test
  void everyFileItServesHasTheIntegrityItsManifestGives() throws Exception {
    String manifest = new String(get("/webjars/xwindow/" + VERSION + "/integrity.json").body(), "UTF-8");
    Matcher entry = Pattern.compile("\"([^\"]+)\": \\{\\s*\"integrity\": \"([^\"]+)\"").matcher(manifest);
    int files = 0;
    while (entry.find()) {
      assertEquals(entry.group(2), sri(get("/webjars/xwindow/" + VERSION + "/" + entry.group(1)).body()), entry.group(1));
      files++;
    }
    // five bundles, the child's builds of xcomponent.js and zoid.js, and beaver-logger's two add-ons
    // (web vitals, page transitions), each with its versioned copy, map and typings
    assertEquals(36, files, manifest);
  }

  @Test
  void gzipsForAClientThatTakesIt() throws Exception {
    String path = "/webjars/xwindow/" + VERSION + "/post-robot.js";
    byte[] plain = get(path).body();

    HttpResponse<byte[]> zipped = send(request(path).header("Accept-Encoding", "br, gzip;q=0.8"));
    HttpResponse<byte[]> refused = send(request(path).header("Accept-Encoding", "gzip;q=0, br"));

    assertEquals("gzip", header(zipped, "content-encoding"));
    assertEquals("Accept-Encoding", header(zipped, "vary"));
    assertTrue(zipped.body().length < plain.length / 2);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertArrayEquals(plain, in.readAllBytes());
    }
    assertFalse(zipped.headers().firstValue("etag").equals(get(path).headers().firstValue("etag")));
    assertEquals(null, header(refused, "content-encoding"));
  }

  @Test
  void answers304ToARequestWithItsETag() throws Exception {
    String path = "/webjars/xwindow/" + VERSION + "/zoid.js";
    String etag = header(get(path), "etag");

    HttpResponse<byte[]> again = send(request(path).header("If-None-Match", "\"other\", " + etag));

    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, header(again, "etag"));
  }

  @Test
  void headHasTheHeadersAndNoBody() throws Exception {
    String path = "/webjars/xwindow/" + VERSION + "/memcookies.js";
    HttpResponse<byte[]> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertEquals(200, head.statusCode());
    assertEquals(String.valueOf(get(path).body().length), header(head, "content-length"));
    assertEquals(0, head.body().length);
  }

  @Test
  void refusesOtherMethodsAndNamesItDoesNotList() throws Exception {
    String prefix = "/webjars/xwindow/" + VERSION + "/";
    HttpResponse<byte[]> post = send(request(prefix + "post-robot.js").POST(HttpRequest.BodyPublishers.ofString("x")));

    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", header(post, "allow"));
    assertEquals(404, get(prefix + "nothing.js").statusCode());
    assertEquals(404, get(prefix + "../../../../META-INF/MANIFEST.MF").statusCode());
    assertEquals(404, get(prefix + "%2e%2e/%2e%2e/webjars-locator.properties").statusCode());
    assertEquals(404, get(prefix + "esm/post-robot.mjs").statusCode()); // the npm package's modules are not in the WebJar
  }

  @Test
  void passesEverythingElseOn() throws Exception {
    assertEquals("the application", new String(get("/shop").body(), "UTF-8"));
    assertEquals("the application", new String(get("/webjars/xwindow/0.0.1/post-robot.js").body(), "UTF-8"));
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(origin + path));
  }

  private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return send(request(path));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static String sri(byte[] bytes) throws Exception {
    return "sha384-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
  }
}
