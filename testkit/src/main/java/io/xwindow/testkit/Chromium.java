package io.xwindow.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: nothing is downloaded. Each
 * browser has a fresh profile, deleted when it closes.
 */
final class Chromium {
  /** Where Debian's {@code chromium} package puts the browser. */
  static final Path BINARY = Path.of(System.getProperty("xwindow.chromium", "/usr/bin/chromium"));
  /** Where Debian's {@code chromium-driver} package puts the driver. */
  static final Path DRIVER =
      Path.of(System.getProperty("xwindow.chromedriver", "/usr/bin/chromedriver"));

  private Chromium() {}

  static Browser start(Profile profile) {
    Installed.require("Chromium", "chromium chromium-driver", BINARY, DRIVER);
    Path folder = TempFolder.create("xwindow-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // gc() for tests that show memory is released; exact performance.memory figures
        "--js-flags=--expose-gc",
        "--enable-precise-memory-info",
        "--user-data-dir=" + folder);
    if (profile == Profile.COOKIES_BLOCKED) {
      // Chromium still reports navigator.cookieEnabled true with this preference.
      options.setExperimentalOption(
          "prefs", Map.of("profile.default_content_setting_values.cookies", 2));
    }
    if (profile == Profile.POPUP_BLOCKER) {
      // chromedriver turns the popup blocker off unless its switch is excluded
      options.setExperimentalOption("excludeSwitches", List.of("disable-popup-blocking"));
    }
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    return new WebDriverBrowser(
        BrowserKind.of(Engine.CHROMIUM, profile),
        driver,
        () -> {
          List<String> errors = new ArrayList<>();
          for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
              errors.add("chromium console: " + entry.getMessage());
            }
          }
          return errors;
        },
        () -> TempFolder.delete(folder));
  }
}
