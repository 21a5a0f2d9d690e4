package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One of the project's executables ({@code bin/test}, {@code bin/bench}...) run as a developer runs
 * it: a fresh process, from the project root, to its end.
 *
 * <pre>{@code
 * ProjectCommand.Result run = ProjectCommand.run(Map.of(), "bin/test", "--engine", "safari");
 * assertEquals(2, run.exitCode());
 * }</pre>
 */
public final class ProjectCommand {
  /** What a run ended with: its exit code and everything it wrote. */
  public record Result(int exitCode, String stdout, String stderr) {}

  private ProjectCommand() {}

  /**
   * Runs {@code path} (relative to the project root) with {@code arguments}, with {@code
   * environment} added to this process's; fails when it has not ended within 30 seconds.
   */
  public static Result run(Map<String, String> environment, String path, String... arguments) {
    List<String> command = new ArrayList<>(List.of(Bundles.root().resolve(path).toString()));
    command.addAll(List.of(arguments));
    try {
      Path out = Files.createTempFile("command", ".out");
      Path err = Files.createTempFile("command", ".err");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(Bundles.root().toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(String.join(" ", command) + " did not stop within 30 s");
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
