package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Lane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The package as the npm ecosystem's own checkers see it: no error from either. */
@Tag(Lane.BUNDLE)
@Tag(Lane.NODE)
class LintTest {
  @Test
  void publintFindsNothingWrong() {
    // --strict: a warning fails too
    Command result = Command.run(Npm.packageFolder(), java.util.List.of(Npm.tool("publint"), "--strict"));

    assertEquals(0, result.exitCode(), result.output());
  }

  @Test
  void areTheTypesWrongFindsNoProblemInAnyResolution() {
    // every resolution: node10, node16 from CommonJS and from ESM, bundler
    Command result = Command.run(Npm.packageFolder(),
        java.util.List.of(Npm.tool("attw"), Npm.tarball().toString(), "--format", "table-flipped"));

    assertEquals(0, result.exitCode(), result.output());
  }
}
