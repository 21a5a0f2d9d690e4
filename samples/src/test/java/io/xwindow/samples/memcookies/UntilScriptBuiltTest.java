package io.xwindow.samples.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page and the script while memcookies.js is not yet built, as on a first start of {@code
 * bench/memcookies-app}: 503 and one line saying so, then what the next handler serves once the
 * file is on the class path (here a folder of the test's own, that starts empty).
 */
class UntilScriptBuiltTest {
  @TempDir Path classes;

  @Test
  void answers503SayingSoUntilTheScriptIsOnTheClassPath() throws Exception {
    int[] made = {0};
    try (URLClassLoader classPath = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      Undertow server = Undertow.builder().addHttpListener(0, "127.0.0.1")
          .setHandler(new UntilScriptBuilt(classPath, () -> {
            made[0]++;
            return exchange -> exchange.getResponseSender().send("served");
          })).build();
      server.start();
      try {
        URI uri = URI.create("http://127.0.0.1:"
            + ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort() + "/memcookies.js");
        HttpResponse<String> building = get(uri);
        assertEquals(503, building.statusCode());
        assertEquals(UntilScriptBuilt.STILL_BUILDING, building.body());
        assertEquals(1, building.body().lines().count());
        assertEquals("text/plain; charset=utf-8", building.headers().firstValue("content-type").orElseThrow());
        assertEquals("5", building.headers().firstValue("retry-after").orElseThrow());
        assertEquals(0, made[0]);

        Path script = classes.resolve(UntilScriptBuilt.SCRIPT);
        Files.createDirectories(script.getParent());
        Files.writeString(script, "globalThis.memcookies = {};");
        assertEquals("200 served", get(uri).statusCode() + " " + get(uri).body());
        assertEquals(1, made[0], "the next handler is made once");
      } finally {
        server.stop();
      }
    }
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
