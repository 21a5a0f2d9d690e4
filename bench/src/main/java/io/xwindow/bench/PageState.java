package io.xwindow.bench;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.ScriptErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The state a benchmark page keeps in {@code bench.state} ('ready', 'done', 'failed' with
 * {@code bench.error}...), read by polling.
 */
final class PageState {
  /**
   * How often the page is polled while it measures. Seldom: each poll runs a script on the
   * page's main thread, which would otherwise steal time from what is timed.
   */
  static final Duration POLL = Duration.ofMillis(250);

  private PageState() {}

  /** Polls {@code bench.state} until it is {@code wanted} or {@code failed}; returns the last state. */
  static String await(Browser browser, String wanted, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      String state = browser.string("window.bench ? bench.state : 'no harness'");
      if (state.equals(wanted) || state.equals("failed") || System.nanoTime() > deadline) {
        return state;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Why the page did not reach the state it was awaited in: its error, or the state it was left in. */
  static String describe(Browser browser, String state) {
    if (state.equals("failed")) {
      return browser.string("bench.error");
    }
    return "still '" + state + "' when time ran out";
  }

  /** What the pages reported through the test kit, and what the browser itself logged as severe. */
  static List<String> errors(Browser browser, ScriptErrors reported) {
    List<String> all = new ArrayList<>(reported.all());
    all.addAll(browser.errors());
    return all;
  }
}
