package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * WebKitGTK's MiniBrowser, driven through Debian's WebKitWebDriver on a {@link VirtualDisplay}.
 * Each browser has its own driver process, stopped with it. WebDriver gives no console log here:
 * the errors of a page come from the kit's reporter that every {@link Site} puts in its pages.
 */
final class WebKit {
  /** Where Debian's {@code webkit2gtk-driver} package puts the driver. */
  static final Path DRIVER =
      Path.of(System.getProperty("xwindow.webkitdriver", "/usr/bin/WebKitWebDriver"));
  /** The browser WebKitGTK ships for testing, which the driver starts in automation mode. */
  static final Path MINIBROWSER =
      Path.of(
          System.getProperty(
              "xwindow.minibrowser", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"));

  private WebKit() {}

  static Browser start(Profile profile) {
    Installed.require("WebKit", "webkit2gtk-driver xvfb xauth", DRIVER, MINIBROWSER);
    String display = VirtualDisplay.name();
    Path folder = TempFolder.create("xwindow-webkit-");
    int port = LocalPorts.free();
    BrowserProcess driverProcess =
        BrowserProcess.start(
            List.of(DRIVER.toString(), "--port=" + port),
            Map.of("DISPLAY", display),
            folder.resolve("driver.log"));
    AutoCloseable stop =
        () -> {
          driverProcess.close();
          TempFolder.delete(folder);
        };
    boolean started = false;
    try {
      LocalPorts.awaitOpen(port, driverProcess.process(), Duration.ofSeconds(20));
      MutableCapabilities capabilities = new MutableCapabilities();
      capabilities.setCapability(
          "webkitgtk:browserOptions",
          Map.of("binary", MINIBROWSER.toString(), "args", arguments(profile)));
      // no tracing: Selenium's OpenTelemetry would clash with a module's own OpenTelemetry SDK
      RemoteWebDriver driver = new RemoteWebDriver(url(port), capabilities, false);
      Browser browser =
          new WebDriverBrowser(BrowserKind.of(Engine.WEBKIT, profile), driver, List::of, stop);
      started = true;
      return browser;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "WebKit did not start; the driver printed:\n" + driverProcess.output(), e);
    } finally {
      if (!started) {
        // also after an Error (a class missing from the test's class path): no driver left behind
        closeQuietly(stop);
      }
    }
  }

  /**
   * MiniBrowser's options: its default cookie policy blocks third-party cookies, as Safari does;
   * its default refuses a popup without a user gesture, which {@link Profile#POPUP_BLOCKER}
   * keeps and the others lift (as chromedriver does).
   */
  private static List<String> arguments(Profile profile) {
    return List.of(
        "--automation",
        "--cookies-policy=" + (profile == Profile.COOKIES_BLOCKED ? "never" : "no-third-party"),
        "--javascript-can-open-windows-automatically=" + (profile != Profile.POPUP_BLOCKER));
  }

  private static URL url(int port) {
    try {
      return new URL("http://127.0.0.1:" + port);
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // the start failure is what the caller needs to see
    }
  }
}
