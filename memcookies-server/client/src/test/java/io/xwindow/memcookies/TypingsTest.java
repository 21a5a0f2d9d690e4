package io.xwindow.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.NpmPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * memcookies.d.ts, shipped beside the bundle, compiles with {@code tsc --strict} against the API
 * as a page uses it, and refuses a misuse. Uses the TypeScript compiler from npm.
 */
class TypingsTest {
  private static final Path TYPINGS = Path.of("target/memcookies.d.ts");

  private static String compile(String sample) throws Exception {
    Path dir = Files.createTempDirectory("typings");
    Files.copy(TYPINGS, dir.resolve("memcookies.d.ts"));
    Files.copy(Path.of(TypingsTest.class.getResource("typings/" + sample).toURI()), dir.resolve(sample));
    Path tsc = NpmPackage.published("typescript@5.6.3").file("lib/tsc.js");
    Process process = new ProcessBuilder(List.of("node", tsc.toString(), "--strict", "--noEmit",
            "--target", "es2017", "--lib", "es2017,dom", dir.resolve(sample).toString(),
            dir.resolve("memcookies.d.ts").toString()))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return process.waitFor() + ":" + output;
  }

  @Test
  void describeTheApiAsPagesUseIt() throws Exception {
    assertEquals("0:", compile("usage.ts"));
  }

  @Test
  void refuseAStringWhereOriginsAreAnArray() throws Exception {
    String result = compile("misuse.ts");
    assertTrue(result.contains("misuse.ts(2,") && result.contains("not assignable to parameter of type 'string[]'"),
        result);
  }
}
