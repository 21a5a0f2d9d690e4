package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.NpmPackage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript typings shipped beside the bundle compile, with {@code --strict}, against the
 * API as a partner page uses it, and refuse a misuse. Uses the TypeScript compiler from npm.
 */
class TypingsTest {
  private static final Path TYPINGS = Path.of("target/post-robot.d.ts");

  private static String compile(String sample) throws Exception {
    Path dir = Files.createTempDirectory("typings");
    Files.copy(TYPINGS, dir.resolve("post-robot.d.ts"));
    Files.copy(resource(sample), dir.resolve(sample));
    Path tsc = NpmPackage.published("typescript@5.6.3").file("lib/tsc.js");
    Process process =
        new ProcessBuilder(
                List.of("node", tsc.toString(), "--strict", "--noEmit", "--target", "es2017",
                    "--lib", "es2017,dom", dir.resolve(sample).toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return process.waitFor() + ":" + output;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TypingsTest.class.getResource("typings/" + name).toURI());
  }

  @Test
  void shipBesideTheBundle() throws IOException {
    assertTrue(Files.readString(TYPINGS).contains("declare namespace postRobot"));
  }

  @Test
  void describeTheApiAsPartnersUseIt() throws Exception {
    assertEquals("0:", compile("usage.ts"));
  }

  @Test
  void refuseAMistypedOption() throws Exception {
    String result = compile("misuse.ts");
    assertNotEquals("0:", result);
    assertTrue(result.contains("misuse.ts(3,") && result.contains("not assignable to type 'number'"), result);
  }
}
