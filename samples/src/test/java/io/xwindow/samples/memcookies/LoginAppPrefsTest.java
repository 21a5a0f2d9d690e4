package io.xwindow.samples.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code POST /prefs}: settings kept in cookies, with and without the middleware, over HTTP. */
@Tag(Lane.BUNDLE) // the demo serves memcookies.js from its jar
class LoginAppPrefsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void setsEachPrefAsACookieTheApplicationThenSees() throws Exception {
    try (LoginApp app = new LoginApp(0, true)) {
      HttpResponse<String> set = send(HttpRequest.newBuilder(URI.create(app.origin() + "/prefs?theme=dark&lang=en"))
          .POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, set.statusCode());
      assertEquals("{\"set\":\"2\"}", set.body());
      String cookie = set.headers().allValues("set-cookie").stream()
          .map(line -> line.substring(0, line.indexOf(';'))).sorted().collect(Collectors.joining("; "));
      assertEquals("lang=en; theme=dark", cookie);
      assertEquals("{\"lang\":\"en\",\"theme\":\"dark\"}",
          send(HttpRequest.newBuilder(URI.create(app.origin() + "/cookies")).header("Cookie", cookie)).body());
    }
  }

  @Test
  void sealsThePrefsIntoTheJarBehindTheMiddleware() throws Exception {
    try (LoginApp app = new LoginApp(0, false)) {
      HttpResponse<String> set = send(HttpRequest.newBuilder(URI.create(app.origin() + "/prefs?theme=dark"))
          .header("x-cookies", "{}").POST(HttpRequest.BodyPublishers.noBody()));
      assertEquals(List.of(), set.headers().allValues("set-cookie"));
      String jar = set.headers().firstValue("x-cookies").orElseThrow();
      assertTrue(jar.startsWith("{\"theme\":\""), jar);
      assertEquals("{\"theme\":\"dark\"}",
          send(HttpRequest.newBuilder(URI.create(app.origin() + "/cookies")).header("x-cookies", jar)).body());
    }
  }

  @Test
  void refusesTooManyOrOddPrefs() throws Exception {
    try (LoginApp app = new LoginApp(0, true)) {
      StringBuilder many = new StringBuilder("/prefs?p0=v");
      for (int i = 1; i <= 20; i++) {
        many.append("&p").append(i).append("=v");
      }
      for (String path : List.of(many.toString(), "/prefs?theme=a%3Bb", "/prefs?a%3Db=1")) {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(app.origin() + path))
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, refused.statusCode(), path);
        assertEquals(List.of(), refused.headers().allValues("set-cookie"), path);
      }
    }
  }
}
