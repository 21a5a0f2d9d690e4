package io.xwindow.testkit;

import java.time.Duration;
import java.util.List;

/**
 * A browser a test drives: HtmlUnit in the JVM, or a real Chromium, Firefox or WebKit (see {@link
 * Engine}). Scripts run in the
 * window the browser is on: the first tab, the popup chosen with {@link #switchToPopup()}, or the
 * frame chosen with {@link #switchToFrame(String)}.
 */
public interface Browser extends AutoCloseable {
  /** The default wait of {@link #waitFor(String)}. */
  Duration DEFAULT_WAIT = Duration.ofSeconds(15);

  /** Which browser this is: its engine and profile. */
  BrowserKind kind();

  /** Its engine. */
  default Engine engine() {
    return kind().engine();
  }

  /** Loads {@code url} in the current window and waits for its load event. */
  void open(String url);

  /**
   * Evaluates a JavaScript expression in the current window and returns its value: a String,
   * Boolean, Long/Double or null (real browsers return a whole number as a Long); a script error
   * is thrown.
   */
  Object eval(String expression);

  /** Runs JavaScript statements in the current window. */
  void run(String statements);

  /** Waits until {@code condition}, a JavaScript expression, is true; fails after {@code wait}. */
  void waitFor(String condition, Duration wait);

  /** {@link #waitFor(String, Duration)} with {@link #DEFAULT_WAIT}. */
  default void waitFor(String condition) {
    waitFor(condition, DEFAULT_WAIT);
  }

  /** Evaluates {@code expression} to a string. */
  default String string(String expression) {
    Object value = eval(expression);
    return value == null ? null : value.toString();
  }

  /** Evaluates {@code expression} to a number. */
  default double number(String expression) {
    Object value = eval(expression);
    if (!(value instanceof Number)) {
      throw new AssertionError(expression + " is not a number: " + value);
    }
    return ((Number) value).doubleValue();
  }

  /** Clicks the element matching {@code cssSelector}, as a user would (a trusted click). */
  void click(String cssSelector);

  /**
   * Types {@code keys} into the element matching {@code cssSelector}, as a user would: it gets
   * the focus and trusted key events ({@code keydown}, {@code keypress}, {@code input}, {@code
   * keyup}) for each character.
   */
  void type(String cssSelector, String keys);

  /** Makes the newest popup the current window, waiting for it to exist. */
  void switchToPopup();

  /**
   * Makes the frame of the current window's element matching {@code cssSelector} (an
   * {@code iframe}) the current window, also when it runs on another origin: scripts then run in
   * that frame, as in its own page. {@link #switchToMain()} and {@link #reset()} go back to the
   * first window.
   */
  void switchToFrame(String cssSelector);

  /** Makes the first window the current one again. */
  void switchToMain();

  /** Errors the browser itself reported (beyond what the pages report to the sites). */
  List<String> errors();

  /** Closes every popup and forgets the errors: a new test starts. */
  void reset();

  @Override
  void close();
}
