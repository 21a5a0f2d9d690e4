package io.xwindow.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every benchmark in the browser does first. */
final class BrowserBenchSetup {
  /** Undertow and XNIO log each server start and stop; warnings still show. */
  private static final List<Logger> SERVERS = List.of(Logger.getLogger("io.undertow"), Logger.getLogger("org.xnio"));
  /** Selenium warns on every start that it has no CDP support for this exact Chromium; none is used. */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  private BrowserBenchSetup() {}

  /**
   * Silences the servers' and Selenium's routine messages (the loggers are held in static fields:
   * an unreferenced logger may be collected, level and all), finds the project root and tells the
   * test kit about it (its bundles and npm cache are there); returns the root.
   */
  static Path prepare() {
    SERVERS.forEach(logger -> logger.setLevel(Level.WARNING));
    SELENIUM.setLevel(Level.SEVERE);
    Path root = ProjectRoot.find();
    System.setProperty("xwindow.root", root.toString());
    return root;
  }
}
