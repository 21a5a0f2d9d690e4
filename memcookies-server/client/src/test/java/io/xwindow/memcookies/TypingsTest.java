package io.xwindow.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.TypeScript;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * memcookies.d.ts, shipped beside the bundle, compiles with {@code tsc --strict} against the API
 * as a page uses it, and refuses a misuse.
 */
@Tag(Lane.TSC)
class TypingsTest {
  private static String compile(String sample) throws Exception {
    return TypeScript.check(Path.of("target/memcookies.d.ts"),
        Path.of(TypingsTest.class.getResource("typings/" + sample).toURI()));
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
