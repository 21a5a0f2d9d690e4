package io.xwindow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs an external program (npm, tar, node) and hands back what it printed. */
final class Command {
  private Command() {}

  /**
   * Runs {@code command} in {@code dir} and returns its output, stdout and stderr merged; fails with
   * that output. Merged so one read drains both: tar prints thousands of warnings on xcomponent's old
   * tarball, enough to fill an unread stderr pipe and hang.
   */
  static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed in " + dir + ":\n" + output);
    }
    return output;
  }

  /** The first line of what {@code command} prints, e.g. a version. */
  static String firstLine(Path dir, String... command) throws IOException, InterruptedException {
    return run(dir, command).strip().lines().findFirst().orElse("?");
  }
}
