package io.xwindow.beaver.vitals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VitalsTest {
  private static final double NONE = -1;
  private final Vitals vitals = new Vitals(true);
  private final Map<String, String> got = new LinkedHashMap<>();

  /** A report at 10 s with FCP at 900 ms and TTFB 200 ms, no prerender, as web-vitals would see it. */
  private boolean report() {
    return report(900, 200, 0, 1);
  }

  private boolean report(double fcp, double responseStart, double activationStart, double interactionCount) {
    got.clear();
    return vitals.report(fcp, responseStart, activationStart, interactionCount, 10_000,
        (name, value, rating) -> got.put(name, value + " " + rating));
  }

  @Test
  void ratingsFollowThePublishedThresholds() {
    assertEquals("good", Vitals.rating(2500, 2500, 4000));
    assertEquals("needs-improvement", Vitals.rating(2500.1, 2500, 4000));
    assertEquals("needs-improvement", Vitals.rating(4000, 2500, 4000));
    assertEquals("poor", Vitals.rating(4000.1, 2500, 4000));
  }

  @Test
  void eachMetricIsRatedByItsOwnThresholds() {
    vitals.largestPaint(2600);
    vitals.interaction(7, 200);
    vitals.layoutShift(1000, 0.26, false);

    report(1800, 801, 0, 1);

    assertEquals(Map.of(
        "lcp", "2600.0 needs-improvement",
        "inp", "200.0 good",
        "cls", "0.26 poor",
        "fcp", "1800.0 good",
        "ttfb", "801.0 needs-improvement"), got);
  }

  @Test
  void theRatingIsOfTheExactValueAndTheValueIsRounded() {
    vitals.largestPaint(2500.4);
    vitals.layoutShift(1000, 0.10004, false);

    report();

    assertEquals("2500.0 needs-improvement", got.get("lcp"), "above 2,500 ms, though 2,500 once rounded");
    assertEquals("0.1 needs-improvement", got.get("cls"));
  }

  @Test
  void lcpIsTheLastLargestPaintBeforeThePageWasFirstHidden() {
    vitals.largestPaint(800);
    vitals.largestPaint(1200);
    vitals.hidden(3000);
    vitals.largestPaint(3500); // delivered after the hide: does not count

    report();

    assertEquals("1200.0 good", got.get("lcp"));
  }

  @Test
  void lcpIsFinalAtTheFirstReport() {
    vitals.largestPaint(1200);
    report();
    vitals.largestPaint(1900);
    vitals.layoutShift(20_000, 0.3, false);

    assertTrue(report());
    assertEquals("1200.0 good", got.get("lcp"));
  }

  @Test
  void aPageLoadedHiddenHasNoPaintMetrics() {
    vitals.hidden(0);
    vitals.largestPaint(1200);

    report();

    assertFalse(got.containsKey("lcp"));
    assertFalse(got.containsKey("fcp"));
    assertFalse(got.containsKey("cls"), "no CLS without FCP");
    assertTrue(got.containsKey("ttfb"));
  }

  @Test
  void clsAddsUpShiftsInAWindowAndIsTheLargestWindow() {
    vitals.layoutShift(1000, 0.05, false);
    vitals.layoutShift(1900, 0.05, false); // < 1 s after the last: same window
    vitals.layoutShift(2800, 0.05, false);
    vitals.layoutShift(4000, 0.02, false); // 1.2 s gap: a new window
    vitals.layoutShift(4500, 0.01, false);

    report();

    assertEquals("0.15 needs-improvement", got.get("cls"));
  }

  @Test
  void aClsWindowLastsAtMostFiveSeconds() {
    for (int t = 0; t <= 6000; t += 500) {
      vitals.layoutShift(1000 + t, 0.01, false); // 13 shifts 0.5 s apart
    }

    report();

    // the first window holds the shifts of its first 5 s: 10 of them, the rest open a second
    assertEquals("0.1 good", got.get("cls"));
  }

  @Test
  void shiftsAfterInputDoNotCount() {
    vitals.layoutShift(1000, 0.5, true);

    report();

    assertEquals("0.0 good", got.get("cls"));
  }

  @Test
  void metricsTheBrowserDoesNotGiveAreAbsentNotZero() {
    Vitals withoutShifts = new Vitals(false);

    assertFalse(withoutShifts.report(NONE, NONE, NONE, NONE, 10_000, (name, value, rating) -> got.put(name, value + " " + rating)),
        "nothing to report");
    assertEquals(Map.of(), got);
    report(900, 200, 0, 0);
    assertEquals("0.0 good", got.remove("cls"), "a browser with layout-shift and no shift: 0");
    assertEquals(Map.of("fcp", "900.0 good", "ttfb", "200.0 good"), got, "no LCP, no INP: absent");
  }

  @Test
  void anInsaneResponseStartIsNoTtfb() {
    report(900, 0, 0, 0);
    assertFalse(got.containsKey("ttfb"));
    Vitals other = new Vitals(true);
    other.report(900, 20_000, 0, 0, 10_000, (name, value, rating) -> got.put(name, value + " " + rating));
    assertFalse(got.containsKey("ttfb"), "a responseStart after now");
  }

  @Test
  void aPrerenderedPageCountsFromItsActivationAndNeverBelowZero() {
    vitals.largestPaint(1500);

    report(900, 200, 1000, 0);

    assertEquals("500.0 good", got.get("lcp"));
    assertEquals("0.0 good", got.get("fcp"));
    assertEquals("0.0 good", got.get("ttfb"));
  }

  @Test
  void aLaterHideReportsOnlyWhenAValueChanged() {
    vitals.largestPaint(1200);
    vitals.interaction(7, 96);
    assertTrue(report());

    assertFalse(report(), "pagehide after visibilitychange: nothing new");
    assertEquals(Map.of(), got);

    vitals.interaction(14, 304); // the page was shown again and used
    assertTrue(report(900, 200, 0, 2));
    assertEquals("304.0 needs-improvement", got.get("inp"));
    assertEquals("1200.0 good", got.get("lcp"));
  }
}
