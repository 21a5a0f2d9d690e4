package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/test} when the build fails: its last lines name each test that failed in that run,
 * for a reader (CI's log, a terminal's last screen) who sees only the end of a long output. Run
 * with a stand-in {@code mvn} first on the PATH that writes a Surefire report and fails, in the
 * fast lane, so that nothing is installed or built.
 */
class BinTestFailureReportTest {
  private static final Path FAKE_MODULE = Bundles.root().resolve("target").resolve("bin-test-stand-in");

  @TempDir Path bin;

  @AfterEach
  void removeTheStandInsReports() throws IOException {
    if (Files.exists(FAKE_MODULE)) {
      try (Stream<Path> files = Files.walk(FAKE_MODULE)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private ProjectCommand.Result binTestWithMaven(String mavenScript) throws IOException {
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/usr/bin/env bash\n" + mavenScript);
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    return ProjectCommand.run(Map.of("PATH", bin + ":" + System.getenv("PATH")), "bin/test", "fast");
  }

  @Test
  void theLastLinesNameTheFailedTestsAndTheirMessages() throws IOException {
    String reports = FAKE_MODULE.resolve("target/surefire-reports").toString();
    ProjectCommand.Result run = binTestWithMaven(
        "mkdir -p " + reports + "\n"
            + "sleep 1\n"
            + "cat > " + reports + "/io.xwindow.SomeTest.txt <<'REPORT'\n"
            + "Test set: io.xwindow.SomeTest\n"
            + "Tests run: 2, Failures: 1, Errors: 0, Skipped: 0\n"
            + "opensAPopup [FIREFOX]  Time elapsed: 1.2 s  <<< FAILURE!\n"
            + "org.opentest4j.AssertionFailedError: expected: <ready> but was: <timeout>\n"
            + "\tat io.xwindow.SomeTest.opensAPopup(SomeTest.java:12)\n"
            + "REPORT\n"
            + "echo '[ERROR] There are test failures.'\n"
            + "exit 1\n");

    assertEquals(1, run.exitCode(), run.stderr());
    String[] lines = run.stdout().strip().split("\n");
    String end = String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 3), lines.length));
    assertEquals("--- bin/test: tests that failed in this run:\n"
        + "opensAPopup [FIREFOX]  Time elapsed: 1.2 s  <<< FAILURE!\n"
        + "org.opentest4j.AssertionFailedError: expected: <ready> but was: <timeout>", end);
  }

  @Test
  void aBuildThatFailsWithoutAFailedTestSaysSo() throws IOException {
    ProjectCommand.Result run = binTestWithMaven("echo '[ERROR] Failed to execute goal javadoc'\nexit 1\n");

    assertEquals(1, run.exitCode(), run.stderr());
    assertTrue(run.stdout().strip().endsWith(
        "--- bin/test: no test failed; the build failed in another step (see the [ERROR] lines above)."),
        run.stdout());
  }

  @Test
  void aPassingBuildPassesItsExitCodeOn() throws IOException {
    ProjectCommand.Result run = binTestWithMaven("echo 'Tests run: 3, Failures: 0'\nexit 0\n");

    assertEquals(new ProjectCommand.Result(0, "Tests run: 3, Failures: 0\n", ""), run);
  }
}
