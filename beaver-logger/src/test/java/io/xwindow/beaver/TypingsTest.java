package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.NpmPackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript typings shipped beside the bundle compile with {@code tsc --strict} against the
 * API as a page uses it (beaver 4 and 5 calls), and refuse a misuse.
 */
class TypingsTest {
  private static final Path TYPINGS = Path.of("target/beaver-logger.d.ts");

  private static String compile(String sample) throws Exception {
    Path dir = Files.createTempDirectory("typings");
    Files.copy(TYPINGS, dir.resolve("beaver-logger.d.ts"));
    Files.copy(Path.of(TypingsTest.class.getResource("typings/" + sample).toURI()), dir.resolve(sample));
    Path tsc = NpmPackage.published("typescript@5.6.3").file("lib/tsc.js");
    Process process =
        new ProcessBuilder(List.of("node", tsc.toString(), "--strict", "--noEmit", "--target", "es2017",
                "--lib", "es2017,dom", dir.resolve(sample).toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return process.waitFor() + ":" + output;
  }

  @Test
  void describeTheApiAsPagesUseIt() throws Exception {
    assertEquals("0:", compile("usage.ts"));
  }

  @Test
  void refuseAMistypedOption() throws Exception {
    String result = compile("misuse.ts");
    assertNotEquals("0:", result);
    assertTrue(result.contains("misuse.ts(3,") && result.contains("not assignable to type 'number"), result);
  }
}
