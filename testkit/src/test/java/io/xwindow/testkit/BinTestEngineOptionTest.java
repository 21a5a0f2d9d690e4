package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/test --engine} as a developer runs it, with names it must refuse: one line on
 * stderr, exit code 2, and nothing installed or built (it stops before Maven).
 */
class BinTestEngineOptionTest {
  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run binTest(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Bundles.root().resolve("bin/test").toString()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("bin/test " + String.join(" ", arguments) + " did not stop at once");
    }
    return new Run(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void anUnknownEngineIsRefusedBeforeAnythingRuns() throws Exception {
    Run run = binTest("--engine", "firefox,safari");

    assertEquals(
        new Run(2, "", "bin/test: unknown engine 'safari': choose htmlunit, chromium, firefox or webkit\n"),
        run);
  }

  @Test
  void theOptionWithoutANameIsRefused() throws Exception {
    Run run = binTest("--engine");

    assertEquals(
        new Run(2, "", "bin/test: --engine needs a name: htmlunit, chromium, firefox or webkit\n"),
        run);
  }
}
