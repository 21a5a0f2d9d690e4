package io.xwindow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the figures depend on besides our code: the machine and the tools that ran it. */
final class Machine {
  /** Where the test kit finds the browser (the same property and default as its Chromium). */
  static final Path CHROMIUM = Path.of(System.getProperty("xwindow.chromium", "/usr/bin/chromium"));

  private static final Pattern BROWSER_VERSION = Pattern.compile("(?:Chromium|Google Chrome) [0-9][0-9.]*");

  private Machine() {}

  /** Operating system, CPUs, node and npm versions, e.g. for the line above a results table. */
  static String describe(Path dir) throws IOException, InterruptedException {
    // availableProcessors() is what nproc prints; os.version is uname -r on Linux.
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
        + ", " + Runtime.getRuntime().availableProcessors() + " CPUs"
        + ", node " + Command.firstLine(dir, "node", "--version")
        + ", npm " + Command.firstLine(dir, "npm", "--version");
  }

  /**
   * The system load average over the last minute, e.g. {@code 1.93}: above the CPU count, other
   * processes competed with the measurement.
   */
  static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
  }

  /** The version of the Chromium the test kit starts, e.g. {@code Chromium 156.0.8078.79}. */
  static String chromium(Path dir) throws IOException, InterruptedException {
    return browserVersionIn(Command.run(dir, CHROMIUM.toString(), "--version"));
  }

  /**
   * The browser and version in what {@code chromium --version} printed. Searched for, not taken from
   * the first line: Debian's wrapper script may print a shell warning first.
   */
  static String browserVersionIn(String output) {
    Matcher m = BROWSER_VERSION.matcher(output);
    return m.find() ? m.group() : output.strip();
  }
}
