package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The typings as a TypeScript project sees them once the tarball is installed: {@code tsc
 * --strict} passes on code that uses every subpath, under each module resolution, and fails on
 * code that misuses one.
 */
@Tag(Lane.BUNDLE)
@Tag(Lane.NODE)
@Tag(Lane.TSC)
class TypesTest {
  private static Path esm;
  private static Path cjs;

  @BeforeAll
  static void install() throws IOException {
    esm = Npm.consumer("types-esm", "{\"private\":true,\"type\":\"module\"}\n");
    cjs = Npm.consumer("types-cjs", "{\"private\":true,\"type\":\"commonjs\"}\n");
    for (String sample : List.of("usage.ts", "misuse.ts")) {
      copy("typings/" + sample, esm.resolve(sample));
    }
    copy("typings/usage-require.ts", cjs.resolve("usage.ts"));
  }

  @Test
  void anApplicationWithBundlerResolutionCompiles() {
    assertEquals("0:", tsc(esm, "usage.ts", "esnext", "bundler"));
  }

  @Test
  void anEsModuleWithNode16ResolutionCompiles() {
    assertEquals("0:", tsc(esm, "usage.ts", "node16", "node16"));
  }

  @Test
  void aCommonJsModuleWithNode16ResolutionCompiles() {
    assertEquals("0:", tsc(cjs, "usage.ts", "node16", "node16"));
  }

  @Test
  void aCommonJsModuleWithNode10ResolutionCompiles() {
    assertEquals("0:", tsc(cjs, "usage.ts", "commonjs", "node10"));
  }

  @Test
  void misuseFailsToCompile() {
    String result = tsc(esm, "misuse.ts", "esnext", "bundler");

    assertNotEquals("0:", result);
    for (String mistake : List.of("misuse.ts(4,", "misuse.ts(6,", "misuse.ts(8,", "misuse.ts(10,")) {
      assertTrue(result.contains(mistake), "no error at " + mistake + " in\n" + result);
    }
  }

  /**
   * {@code tsc --strict --noEmit} on {@code file}; "EXIT:OUTPUT". An import for its side effect
   * only (an add-on's) must resolve too ({@code --noUncheckedSideEffectImports}).
   */
  private static String tsc(Path dir, String file, String module, String resolution) {
    List<String> command = new ArrayList<>(List.of(Npm.tool("tsc"), "--strict", "--noEmit", "--noUncheckedSideEffectImports",
        "--module", module, "--moduleResolution", resolution, "--target", "es2020", "--lib", "es2020,dom", file));
    Command result = Command.run(dir, command);
    return result.exitCode() + ":" + result.output().trim();
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = TypesTest.class.getResourceAsStream(resource)) {
      Files.copy(in, to);
    }
  }
}
