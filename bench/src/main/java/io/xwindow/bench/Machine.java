package io.xwindow.bench;

import java.io.IOException;
import java.nio.file.Path;

/** What the figures depend on besides our code: the machine and the tools that ran it. */
final class Machine {
  private Machine() {}

  /** Operating system, CPUs, node and npm versions, e.g. for the line above a results table. */
  static String describe(Path dir) throws IOException, InterruptedException {
    // availableProcessors() is what nproc prints; os.version is uname -r on Linux.
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
        + ", " + Runtime.getRuntime().availableProcessors() + " CPUs"
        + ", node " + Command.firstLine(dir, "node", "--version")
        + ", npm " + Command.firstLine(dir, "npm", "--version");
  }
}
