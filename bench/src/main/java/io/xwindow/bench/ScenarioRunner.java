package io.xwindow.bench;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.ScriptErrors;
import java.time.Duration;

/**
 * Runs one scenario in the browser: opens its parent page, waits for the connection, starts the
 * page's measurement and collects the figures, the failure, and the script errors.
 */
final class ScenarioRunner {
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
      String state = PageState.await(browser, "ready", Duration.ofMillis(ScenarioPages.CONNECT_LIMIT_MS * 2L));
      if (state.equals("ready")) {
        browser.run("bench.measure(" + plan.toJs() + ");");
        state = PageState.await(browser, "done", measureLimit());
      }
      if (!state.equals("done")) {
        return ScenarioResult.failed(scenario, PageState.describe(browser, state), PageState.errors(browser, errors));
      }
      Measurement measurement = Measurement.of(plan,
          Sample.parse(browser.string("bench.result.blocks.join(',')")),
          Sample.parse(browser.string("bench.result.bursts.join(',')")),
          browser.number("bench.result.windowMessagesPerCall"));
      return ScenarioResult.measured(scenario, measurement, PageState.errors(browser, errors));
    } finally {
      browser.reset();
    }
  }

  /** The longest a measurement may take: every burst at its limit, and a minute for the blocks. */
  private Duration measureLimit() {
    return Duration.ofMillis((long) (plan.warmUpBursts() + plan.bursts()) * plan.burstLimitMs())
        .plus(Duration.ofMinutes(1));
  }
}
