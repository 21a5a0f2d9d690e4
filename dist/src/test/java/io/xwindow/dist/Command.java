package io.xwindow.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command run as a user runs it, in a folder, with its exit code and its output. */
record Command(int exitCode, String output) {
  /** How long one command may take: an npm install on a slow network. */
  private static final long MINUTES = 5;

  /** Runs {@code command} in {@code dir}; the output is stdout and stderr together. */
  static Command run(Path dir, List<String> command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " took over " + MINUTES + " min");
      }
      return new Command(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code command} in {@code dir} and returns its output; fails unless it exits with 0. */
  static String succeed(Path dir, String... command) {
    Command result = run(dir, List.of(command));
    if (result.exitCode != 0) {
      throw new AssertionError(String.join(" ", command) + " exited with " + result.exitCode
          + " in " + dir + ":\n" + result.output);
    }
    return result.output;
  }
}
