package io.xwindow.postrobot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.TypeScript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript typings shipped beside the bundle compile, with {@code --strict}, against the
 * API as a partner page uses it, and refuse a misuse. Uses the TypeScript compiler from npm.
 */
@Tag(Lane.TSC)
class TypingsTest {
  private static final Path TYPINGS = Path.of("target/post-robot.d.ts");

  private static String compile(String sample) throws Exception {
    return TypeScript.check(TYPINGS, resource(sample));
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
