package io.xwindow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A browser driven over classic WebDriver with Selenium: Chromium through chromedriver, WebKit
 * through WebKitWebDriver. What differs between them (where the console's errors come from, what
 * stops with the browser) is given to the constructor.
 */
final class WebDriverBrowser implements Browser {
  private final BrowserKind kind;
  private final WebDriver driver;
  private final Console console;
  private final AutoCloseable resources;
  private final String main;
  private final List<String> errors = new ArrayList<>();

  /** The browser's own error channel, beside what the pages report to the sites. */
  interface Console {
    /** The errors the browser logged since the last call. */
    List<String> drain();
  }

  /**
   * {@code resources} stop after the driver quits (a profile folder, a driver process); {@code
   * console} gives the browser's own errors.
   */
  WebDriverBrowser(BrowserKind kind, WebDriver driver, Console console, AutoCloseable resources) {
    this.kind = kind;
    this.driver = driver;
    this.console = console;
    this.resources = resources;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    this.main = driver.getWindowHandle();
  }

  @Override
  public BrowserKind kind() {
    return kind;
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
    Polling.untilTrue(this, condition, wait);
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
    Supplier<String> popup =
        () -> driver.getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst().orElse(null);
    Polling.until(() -> popup.get() != null, DEFAULT_WAIT, "a popup opens");
    driver.switchTo().window(popup.get());
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
  public synchronized List<String> errors() {
    errors.addAll(console.drain());
    return List.copyOf(errors);
  }

  @Override
  public synchronized void reset() {
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(main)) {
        driver.switchTo().window(handle);
        driver.close();
      }
    }
    driver.switchTo().window(main);
    driver.get("about:blank");
    console.drain();
    errors.clear();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try {
        resources.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not stop " + kind, e);
      }
    }
  }
}
