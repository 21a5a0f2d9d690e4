package io.xwindow.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition the browser makes true, every few milliseconds. */
final class Polling {
  private Polling() {}

  /**
   * Returns once the JavaScript {@code condition} evaluates to true. A condition that throws is
   * not true yet (a popup may still be on its first blank page, where a classic WebDriver would
   * have waited for its navigation): its last error is in the failure after {@code wait}.
   */
  static void untilTrue(Browser browser, String condition, Duration wait) {
    RuntimeException[] last = {null};
    try {
      until(
          () -> {
            try {
              return Boolean.TRUE.equals(browser.eval(condition));
            } catch (RuntimeException e) {
              last[0] = e;
              return false;
            }
          },
          wait,
          condition);
    } catch (AssertionError timeout) {
      if (last[0] == null) {
        throw timeout;
      }
      throw new AssertionError(timeout.getMessage() + "; it last threw: " + last[0].getMessage(), last[0]);
    }
  }

  /** Returns once {@code condition} holds; fails naming {@code what} after {@code wait}. */
  static void until(BooleanSupplier condition, Duration wait, String what) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still false after " + wait + ": " + what);
      }
      pause(10);
    }
  }

  /** Sleeps, keeping the thread's interrupt. */
  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
