package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messaging table and its notes, from made-up figures. */
class MessagingReportTest {

  private static ScenarioResult measured(Scenario scenario, double... roundTripsMs) {
    return ScenarioResult.measured(scenario,
        new Measurement(Sample.of(roundTripsMs), Sample.of(2000, 4000, 3000), 1), List.of());
  }

  @Test
  void tableGivesMediansSpreadsAndRatios() {
    Map<Scenario, ScenarioResult> results = new EnumMap<>(Scenario.class);
    results.put(Scenario.RAW_WINDOW, measured(Scenario.RAW_WINDOW, 0.7, 0.8, 0.9));
    results.put(Scenario.POST_ROBOT, measured(Scenario.POST_ROBOT, 1.2, 1.0, 1.4));
    results.put(Scenario.XWINDOW, ScenarioResult.failed(Scenario.XWINDOW, "no connection", List.of()));

    assertEquals(""
        + "|   # | Scenario                      | Round trip ms |  p25–p75 ms | × (1) | Burst calls/s "
        + "| slowest–fastest | × (5) | Window msgs |\n"
        + "|----:|-------------------------------|--------------:|------------:|------:|--------------:"
        + "|----------------:|------:|------------:|\n"
        + "| (1) | raw `window.postMessage` echo |         0.800 | 0.750–0.850 | 1.00× |         3,000 "
        + "|     2,000–4,000 | 1.00× |        1.00 |\n"
        + "| (5) | post-robot 10 ↔ post-robot 10 |         1.200 | 1.100–1.300 | 1.50× |         3,000 "
        + "|     2,000–4,000 | 1.00× |        1.00 |\n"
        + "| (6) | xwindow ↔ xwindow             |        failed |             |       |               "
        + "|                 |       |             |\n",
        MessagingReport.table(results));
  }

  @Test
  void ratiosAreLeftBlankWithoutTheirReference() {
    Map<Scenario, ScenarioResult> results = new EnumMap<>(Scenario.class);
    results.put(Scenario.PENPAL, measured(Scenario.PENPAL, 0.3));

    String row = MessagingReport.table(results).lines().toList().get(2);

    assertEquals("| (3) | penpal 7 ↔ penpal 7 |         0.300 | 0.300–0.300 |       |         3,000 "
        + "|     2,000–4,000 |       |        1.00 |", row);
  }

  @Test
  void notesQuoteFailuresAndPageErrors() {
    String notes = MessagingReport.notes(List.of(
        measured(Scenario.RAW_WINDOW, 0.8),
        ScenarioResult.failed(Scenario.XWINDOW, "burst of 1000: 3 resolved\n  at burst", List.of("e1", "e2", "e3", "e4"))));

    assertEquals("\n(6) xwindow ↔ xwindow failed:\n\n    burst of 1000: 3 resolved\n      at burst\n"
        + "\n(6) xwindow ↔ xwindow: 4 script error(s), the first 3:\n\n"
        + "    e1\n    e2\n    e3\n", notes);
  }

  @Test
  void sectionSaysWhenWhereAndHow() {
    BrowserRun run = new BrowserRun("2026-11-22", "Linux, 2 CPUs", "Chromium 156",
        List.of("penpal 7.0.6"), "http://127.0.0.1:1", "http://localhost:2", Duration.ofSeconds(75), "1.50", "2.00");

    String section = MessagingReport.section(run, Plan.STANDARD, List.of(measured(Scenario.RAW_WINDOW, 0.8)));

    assertTrue(section.startsWith("## Messaging speed\n\nMeasured 2026-11-22 on Linux, 2 CPUs, Chromium 156 "
        + "(headless, the test kit's flags), all scenarios in one run of 75 s; load average 1.50 at the start, "
        + "2.00 at the end.\nLibraries: penpal 7.0.6.\n"), section);
    assertTrue(section.contains("3 passes over all scenarios"), section);
    assertTrue(section.contains("the median of all 30 blocks"), section);
    assertTrue(section.contains("the median rate of 9 bursts (3 per pass)"), section);
    assertTrue(section.contains("- **Goal: no slower than penpal**"), section);
  }
}
