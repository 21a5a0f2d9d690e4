package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process the kit starts for a browser (Firefox, WebKitWebDriver, Xvfb), its output in a log
 * file, stopped with every process it started (a browser's content processes) when it closes.
 */
final class BrowserProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private BrowserProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command} with {@code environment} added, its output going to {@code log}. */
  static BrowserProcess start(List<String> command, Map<String, String> environment, Path log) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      return new BrowserProcess(Path.of(command.get(0)).getFileName().toString(), builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /**
   * Waits until the output has a line matching {@code pattern} and returns its first group; fails
   * with the output when the process exits first or {@code wait} passes.
   */
  String awaitOutput(Pattern pattern, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Optional<String> found = find(pattern);
      if (found.isPresent()) {
        return found.get();
      }
      if (!process.isAlive() || System.nanoTime() > deadline) {
        close();
        throw new IllegalStateException(
            name + (process.isAlive() ? " printed no " + pattern + " in " + wait : " exited")
                + "; its output:\n" + output());
      }
      Polling.pause(20);
    }
  }

  private Optional<String> find(Pattern pattern) {
    Matcher matcher = pattern.matcher(output());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Everything the process printed so far. */
  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output: " + e + ")";
    }
  }

  Process process() {
    return process;
  }

  /** Stops the process and every process it started, at once. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
