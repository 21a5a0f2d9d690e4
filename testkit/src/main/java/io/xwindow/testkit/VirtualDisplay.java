package io.xwindow.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An X display in memory (Xvfb) for the browsers that need one (WebKitGTK has no headless mode),
 * one per test run: started on first use, on a free display number, stopped when the JVM exits.
 */
final class VirtualDisplay {
  /** Where Debian's {@code xvfb} package puts the server. */
  static final Path XVFB = Path.of(System.getProperty("xwindow.xvfb", "/usr/bin/Xvfb"));

  private static String display;

  private VirtualDisplay() {}

  /** The display's name, e.g. {@code :7}, for {@code DISPLAY}. */
  static synchronized String name() {
    if (display == null) {
      Installed.require("Xvfb", "xvfb xauth", XVFB);
      Path folder = TempFolder.create("xwindow-xvfb-");
      // -displayfd 1: Xvfb picks a free display and prints its number once it accepts clients
      BrowserProcess xvfb =
          BrowserProcess.start(
              List.of(XVFB.toString(), "-displayfd", "1", "-nolisten", "tcp", "-screen", "0",
                  "1280x1024x24"),
              Map.of(),
              folder.resolve("xvfb.log"));
      display = ":" + xvfb.awaitOutput(Pattern.compile("(?m)^(\\d+)$"), Duration.ofSeconds(20));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    xvfb.close();
                    TempFolder.delete(folder);
                  }));
    }
    return display;
  }
}
