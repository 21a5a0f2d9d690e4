package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.TypeScript;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript typings shipped beside the bundle compile with {@code tsc --strict} against the
 * API as a page uses it (beaver 4 and 5 calls), and refuse a misuse.
 */
@Tag(Lane.TSC)
class TypingsTest {
  private static final Path TYPINGS = Path.of("target/beaver-logger.d.ts");

  private static String compile(String sample) throws Exception {
    return TypeScript.check(TYPINGS, Path.of(TypingsTest.class.getResource("typings/" + sample).toURI()));
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
    assertTrue(result.contains("misuse.ts(6,") && result.contains("'\"paint\"' is not assignable"), result);
    assertTrue(result.contains("misuse.ts(8,"), result);
  }
}
