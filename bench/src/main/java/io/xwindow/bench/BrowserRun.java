package io.xwindow.bench;

import java.time.Duration;
import java.util.List;

/**
 * Where and with what a benchmark in the browser ran, for the lines above its table.
 *
 * @param date the day, e.g. 2026-11-22
 * @param machine operating system, CPUs, node, npm
 * @param browser e.g. Chromium 156.0.8078.79
 * @param libraries each library's name, version and file, e.g. "post-robot 10.0.46 (`dist/post-robot.min.js`)"
 * @param parentOrigin where the parent pages were served
 * @param childOrigin where the child frames were served
 * @param took how long the whole run took, browser start and page loads included
 * @param loadAtStart the one-minute load average when the run started
 * @param loadAtEnd the one-minute load average when it ended
 */
record BrowserRun(String date, String machine, String browser, List<String> libraries, String parentOrigin,
    String childOrigin, Duration took, String loadAtStart, String loadAtEnd) {

  /**
   * The line that opens a section: when, on what, how long and under which load {@code what} ran,
   * e.g. "all scenarios".
   */
  String measured(String what) {
    return "Measured " + date + " on " + machine + ", " + browser + " (headless, the test kit's flags), " + what
        + " in one run of " + took.toSeconds() + " s; load average " + loadAtStart + " at the start, " + loadAtEnd
        + " at the end.\n";
  }
}
