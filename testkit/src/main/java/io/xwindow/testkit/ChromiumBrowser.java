package io.xwindow.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: nothing is downloaded. Each
 * instance has a fresh profile, deleted when it closes.
 */
final class ChromiumBrowser implements Browser {
  /** Where Debian's {@code chromium} package puts the browser. */
  static final Path BINARY = Path.of(System.getProperty("xwindow.chromium", "/usr/bin/chromium"));
  /** Where Debian's {@code chromium-driver} package puts the driver. */
  static final Path DRIVER =
      Path.of(System.getProperty("xwindow.chromedriver", "/usr/bin/chromedriver"));

  private final Path profile;
  private final ChromeDriver driver;
  private final String main;
  private final List<String> errors = new ArrayList<>();

  /** {@code blockCookies}: the profile refuses every cookie, as a user's setting would. */
  ChromiumBrowser(boolean blockCookies, boolean blockPopups) {
    requireInstalled(BINARY, DRIVER);
    try {
      profile = Files.createTempDirectory("xwindow-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        "--user-data-dir=" + profile);
    if (blockCookies) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.default_content_setting_values.cookies", 2));
    }
    if (blockPopups) {
      options.setExperimentalOption("excludeSwitches", List.of("disable-popup-blocking"));
    }
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    main = driver.getWindowHandle();
  }

  /** Fails with the install command when Debian's Chromium or its driver is missing. */
  static void requireInstalled(Path binary, Path driver) {
    if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
      throw new AssertionError(
          "Chromium is not installed: "
              + binary
              + " or "
              + driver
              + " is missing. Install them with: sudo apt-get install -y chromium chromium-driver"
              + " (bin/test and .ci/run do this for you)");
    }
  }

  @Override
  public BrowserKind kind() {
    return BrowserKind.CHROMIUM;
  }

  @Override
  public void open(String url) {
    driver.get(url);
  }

  @Override
  public Object eval(String expression) {
    return ((JavascriptExecutor) driver).executeScript("return (" + expression + ");");
  }

  @Override
  public void run(String statements) {
    ((JavascriptExecutor) driver).executeScript(statements);
  }

  @Override
  public void waitFor(String condition, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!Boolean.TRUE.equals(eval(condition))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still false after " + wait + ": " + condition);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void click(String cssSelector) {
    driver.findElement(By.cssSelector(cssSelector)).click();
  }

  @Override
  public void type(String cssSelector, String keys) {
    driver.findElement(By.cssSelector(cssSelector)).sendKeys(keys);
  }

  @Override
  public void switchToPopup() {
    long deadline = System.nanoTime() + DEFAULT_WAIT.toNanos();
    while (true) {
      for (String handle : driver.getWindowHandles()) {
        if (!handle.equals(main)) {
          driver.switchTo().window(handle);
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no popup opened");
      }
    }
  }

  @Override
  public void switchToFrame(String cssSelector) {
    driver.switchTo().frame(driver.findElement(By.cssSelector(cssSelector)));
  }

  @Override
  public void switchToMain() {
    driver.switchTo().window(main);
  }

  @Override
  public List<String> errors() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add("chromium console: " + entry.getMessage());
      }
    }
    return List.copyOf(errors);
  }

  @Override
  public void reset() {
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(main)) {
        driver.switchTo().window(handle);
        driver.close();
      }
    }
    driver.switchTo().window(main);
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER);
    errors.clear();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
