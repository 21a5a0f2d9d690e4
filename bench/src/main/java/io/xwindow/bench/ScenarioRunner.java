package io.xwindow.bench;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.ScriptErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scenario in the browser: opens its parent page, waits for the connection, starts the
 * page's measurement and collects the figures, the failure, and the script errors.
 */
final class ScenarioRunner {
  /**
   * How often the page is polled while it measures. Seldom: each poll runs a script on the
   * parent's main thread, which would otherwise steal time from the timed calls.
   */
  private static final Duration POLL = Duration.ofMillis(250);

  private final Browser browser;
  private final ScriptErrors errors;
  private final Plan plan;

  ScenarioRunner(Browser browser, ScriptErrors errors, Plan plan) {
    this.browser = browser;
    this.errors = errors;
    this.plan = plan;
  }

  /** Measures {@code scenario}, whose parent page is at {@code parentUrl}. */
  ScenarioResult run(Scenario scenario, String parentUrl) throws InterruptedException {
    errors.clear();
    try {
      browser.open(parentUrl);
      String state = await("ready", Duration.ofMillis(ScenarioPages.CONNECT_LIMIT_MS * 2L));
      if (state.equals("ready")) {
        browser.run("bench.measure(" + plan.toJs() + ");");
        state = await("done", measureLimit());
      }
      if (!state.equals("done")) {
        return ScenarioResult.failed(scenario, describe(state), pageErrors());
      }
      Measurement measurement = Measurement.of(plan,
          Sample.parse(browser.string("bench.result.blocks.join(',')")),
          Sample.parse(browser.string("bench.result.bursts.join(',')")),
          browser.number("bench.result.windowMessagesPerCall"));
      return ScenarioResult.measured(scenario, measurement, pageErrors());
    } finally {
      browser.reset();
    }
  }

  /** The longest a measurement may take: every burst at its limit, and a minute for the blocks. */
  private Duration measureLimit() {
    return Duration.ofMillis((long) (plan.warmUpBursts() + plan.bursts()) * plan.burstLimitMs())
        .plus(Duration.ofMinutes(1));
  }

  /** Polls {@code bench.state} until it is {@code wanted} or {@code failed}; returns the last state. */
  private String await(String wanted, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      String state = browser.string("window.bench ? bench.state : 'no harness'");
      if (state.equals(wanted) || state.equals("failed") || System.nanoTime() > deadline) {
        return state;
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  private String describe(String state) {
    if (state.equals("failed")) {
      return browser.string("bench.error");
    }
    return "still '" + state + "' when time ran out";
  }

  /** What the pages reported through the test kit, and what the browser itself logged as severe. */
  private List<String> pageErrors() {
    List<String> all = new ArrayList<>(errors.all());
    all.addAll(browser.errors());
    return all;
  }
}
