package io.xwindow.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The messaging section of RESULTS.md: how it was measured, the table, the goals, the failures. */
final class MessagingReport {
  /** Text columns flush left (the scenario), numbers flush right. */
  private static final Set<Integer> TEXT_COLUMNS = Set.of(1);

  private MessagingReport() {}

  /** The whole section, Markdown. */
  static String section(BrowserRun run, Plan plan, List<ScenarioResult> results) {
    Map<Scenario, ScenarioResult> byScenario = new EnumMap<>(Scenario.class);
    results.forEach(r -> byScenario.put(r.scenario(), r));
    return "## Messaging speed\n\n"
        + run.measured("all scenarios")
        + "Libraries: " + String.join(", ", run.libraries()) + ".\n\n"
        + method(run, plan) + "\n\n"
        + "Regenerate with `bin/bench messaging --record`.\n\n"
        + table(byScenario) + "\n"
        + String.join("\n", Goals.judge(byScenario)) + "\n"
        + notes(results);
  }

  private static String method(BrowserRun run, Plan plan) {
    return "Method: a parent page on `" + run.parentOrigin() + "` frames a child page on `" + run.childOrigin()
        + "`, another site, so the frame runs in its own renderer process; one pair of pages per scenario. "
        + "The run makes " + plan.passes() + " passes over all scenarios in the order of the table, reloading "
        + "the pages each time, so that changes in the machine's load fall on all alike; figures are pooled "
        + "over the passes. The parent sends `{n: i}`, the child echoes it, and every call is checked to get "
        + "its own payload back. **Round trip**: in each pass, after " + plan.warmUp() + " untimed round trips and "
        + plan.warmUpBursts() + " untimed burst(s), " + plan.blocks() + " blocks of " + plan.blockSize()
        + " sequential round trips are timed in the page with `performance.now()` (coarsened to 0.1 ms, "
        + "hence blocks); the table gives the median of all " + plan.totalBlocks() + " blocks, per round trip, "
        + "and their interquartile range. **× (1)**: round trip over the raw `window.postMessage` echo's in "
        + "this run. **Burst**: " + String.format(Locale.ROOT, "%,d", plan.burstSize()) + " calls started at "
        + "once, timed until all have resolved; the median rate of " + plan.totalBursts() + " bursts ("
        + plan.bursts() + " per pass), and the slowest and fastest. **× (5)**: burst rate over post-robot 10's. "
        + "**Window msgs**: "
        + "`message` events on the parent window per sequential call (0 when calls travel on a `MessageChannel`).";
  }

  /** The table of figures, one row per scenario, ratios to (1) and (5) where those measured. */
  static String table(Map<Scenario, ScenarioResult> results) {
    Measurement raw = measurementOf(results, Scenario.RAW_WINDOW);
    Measurement postRobot = measurementOf(results, Scenario.POST_ROBOT);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "Scenario", "Round trip ms", "p25–p75 ms", "× (1)",
        "Burst calls/s", "slowest–fastest", "× (5)", "Window msgs"});
    for (ScenarioResult result : results.values()) {
      Scenario scenario = result.scenario();
      String number = "(" + scenario.number + ")";
      Measurement m = result.measurement();
      if (m == null) {
        rows.add(new String[] {number, scenario.label, "failed", "", "", "", "", "", ""});
        continue;
      }
      Sample roundTrips = m.roundTripMs();
      Sample rates = m.callsPerSecond();
      rows.add(new String[] {
          number,
          scenario.label,
          ms(m.roundTrip()),
          ms(roundTrips.quantile(0.25)) + "–" + ms(roundTrips.quantile(0.75)),
          raw == null ? "" : times(m.roundTrip() / raw.roundTrip()),
          rate(m.rate()),
          rate(rates.quantile(0)) + "–" + rate(rates.quantile(1)),
          postRobot == null ? "" : times(m.rate() / postRobot.rate()),
          count(m.windowMessagesPerCall())});
    }
    return MarkdownTable.format(rows, TEXT_COLUMNS);
  }

  /** Why scenarios failed, and what their pages reported; empty when all went well. */
  static String notes(List<ScenarioResult> results) {
    return Notes.format(results.stream()
        .map(r -> new Notes.Note("(" + r.scenario().number + ") " + r.scenario().label, r.failure(), r.errors()))
        .toList());
  }

  private static Measurement measurementOf(Map<Scenario, ScenarioResult> results, Scenario scenario) {
    ScenarioResult result = results.get(scenario);
    return result == null ? null : result.measurement();
  }

  /** Milliseconds, to the microsecond. */
  static String ms(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** Calls per second, whole, with thousands separators. */
  static String rate(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A ratio, e.g. {@code 1.23×}. */
  static String times(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  /** A count per call, e.g. {@code 2.00}. */
  static String count(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
