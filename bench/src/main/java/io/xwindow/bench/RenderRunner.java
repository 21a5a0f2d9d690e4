package io.xwindow.bench;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.ScriptErrors;
import java.time.Duration;
import java.util.Arrays;

/**
 * Runs one pass of the render benchmark for one library: opens its parent page, starts the
 * renders and collects their times, the failure, and the script errors.
 */
final class RenderRunner {
  /** How long a loaded parent page may take to say it is ready. */
  private static final Duration READY_LIMIT = Duration.ofSeconds(15);
  /** A render waits for at most this many steps: resolved, the child's report, onRendered, closed. */
  private static final int STEPS = 4;

  private final Browser browser;
  private final ScriptErrors errors;
  private final RenderPlan plan;

  RenderRunner(Browser browser, ScriptErrors errors, RenderPlan plan) {
    this.browser = browser;
    this.errors = errors;
    this.plan = plan;
  }

  /** Renders {@code library}'s component from the parent page at {@code parentUrl}. */
  RenderResult run(RenderLibrary library, String parentUrl) throws InterruptedException {
    errors.clear();
    try {
      browser.open(parentUrl);
      String state = PageState.await(browser, "ready", READY_LIMIT);
      if (state.equals("ready")) {
        browser.run("bench.measure(" + plan.toJs() + ");");
        state = PageState.await(browser, "done", measureLimit());
      }
      if (!state.equals("done")) {
        return RenderResult.failed(library, PageState.describe(browser, state), PageState.errors(browser, errors));
      }
      RenderTimes times = new RenderTimes(
          Sample.parse(browser.string("bench.result.started.join(',')")),
          Sample.parse(browser.string("bench.result.creating.join(',')")),
          Sample.parse(browser.string("bench.result.props.join(',')")),
          Sample.parse(browser.string("bench.result.resolved.join(',')")),
          Sample.parse(browser.string("bench.result.rendered.join(',')")),
          Arrays.asList(browser.string("bench.result.how.join(',')").split(",")));
      return RenderResult.measured(library, times, PageState.errors(browser, errors));
    } finally {
      browser.reset();
    }
  }

  /** The longest a pass may take: every render at its limit in every step, and a minute. */
  private Duration measureLimit() {
    return Duration.ofMillis((long) (plan.warmUp() + plan.renders()) * STEPS * plan.stepLimitMs())
        .plus(Duration.ofMinutes(1));
  }
}
