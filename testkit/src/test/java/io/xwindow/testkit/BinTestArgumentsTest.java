package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/test} as a developer runs it, with arguments it must refuse (an unknown engine or
 * lane, an engine for the fast lane): one line on stderr, exit code 2, and nothing installed or
 * built (it stops before Maven).
 */
class BinTestArgumentsTest {
  private static ProjectCommand.Result binTest(String... arguments) {
    return ProjectCommand.run(Map.of(), "bin/test", arguments);
  }

  private static ProjectCommand.Result refused(String message) {
    return new ProjectCommand.Result(2, "", "bin/test: " + message + "\n");
  }

  @Test
  void anUnknownEngineIsRefusedBeforeAnythingRuns() {
    assertEquals(
        refused("unknown engine 'safari': choose htmlunit, chromium, firefox or webkit"),
        binTest("--engine", "firefox,safari"));
  }

  @Test
  void theOptionWithoutANameIsRefused() {
    assertEquals(
        refused("--engine needs a name: htmlunit, chromium, firefox or webkit"),
        binTest("--engine"));
  }

  @Test
  void anUnknownLaneIsRefused() {
    assertEquals(
        refused("unknown lane 'fats': say fast for the JVM tests only, or nothing for every test"),
        binTest("fats"));
  }

  @Test
  void theFastLaneRefusesAnEngine() {
    assertEquals(
        refused("the fast lane runs no browser, so --engine does not apply; drop fast to run the"
            + " browser tests"),
        binTest("fast", "--engine", "firefox"));
  }
}
