package io.xwindow.beaver.vitals;

import jsinterop.annotations.JsFunction;

/**
 * The Core Web Vitals of a page load, as web-vitals measures them: LCP, INP, CLS, FCP and TTFB,
 * reported when the page is hidden, each with its rating.
 *
 * <ul>
 *   <li>LCP: the last largest-contentful-paint entry before the page was first hidden; final at
 *       the first report.
 *   <li>INP: see {@link Interactions}.
 *   <li>CLS: layout shifts without recent input add up in session windows (a shift less than 1 s
 *       after the previous one and less than 5 s after the window's first joins the window, else
 *       opens a new one); CLS is the largest window, 0 when nothing shifted, reported only once
 *       there is an FCP (as web-vitals and CrUX do).
 *   <li>FCP: the first-contentful-paint entry, if before the page was first hidden; TTFB: the
 *       navigation's {@code responseStart}, if the browser gives a sane one.
 *   <li>Times count from the page's activation (a prerendered page) and never below 0.
 *   <li>A page restored from the back/forward cache is a new page view, as web-vitals counts it:
 *       LCP and FCP are the time from its {@code pageshow} to the second frame after it, TTFB is
 *       0 (if the load had one), and CLS and INP start again from none.
 * </ul>
 *
 * A metric whose entries the browser does not give is absent, never 0. A later hide reports
 * again only when a value changed (CLS and INP go on after the page is shown again).
 */
public final class Vitals {
  /** Gets each metric present: {@code lcp}, {@code inp}, {@code cls}, {@code fcp}, {@code ttfb}. */
  @JsFunction
  public interface Sink {
    /** {@code value} in whole ms (CLS: 4 decimals), rated good, needs-improvement or poor. */
    void metric(String name, double value, String rating);
  }

  private final boolean shiftsObserved;
  private double windowFirst;
  private double windowLast;
  private double window;
  private double largestWindow;
  private Interactions interactions = new Interactions();
  private double hiddenAt = Double.POSITIVE_INFINITY;
  private double largestPaint = -1;
  private boolean reportedOnce;
  private String reported = "";
  private boolean restored;
  private double restoredPaint = -1;

  /** {@code shiftsObserved}: the browser gives layout-shift entries (else CLS is absent). */
  public Vitals(boolean shiftsObserved) {
    this.shiftsObserved = shiftsObserved;
  }

  /** The page was hidden at {@code at} (ms); paints after its first hide do not count. */
  public void hidden(double at) {
    hiddenAt = Math.min(hiddenAt, at);
  }

  /**
   * The page was restored from the back/forward cache: a new page view starts, with no layout
   * shift, no interaction and no paint yet, visible.
   */
  public void restored() {
    restored = true;
    restoredPaint = -1;
    reported = "";
    hiddenAt = Double.POSITIVE_INFINITY;
    window = 0;
    largestWindow = 0;
    interactions = new Interactions();
  }

  /** The restored page painted, {@code sinceShown} ms after its {@code pageshow}: its LCP and FCP. */
  public void restoredPaint(double sinceShown) {
    restoredPaint = sinceShown;
  }

  /** A largest-contentful-paint entry at {@code startTime}. */
  public void largestPaint(double startTime) {
    if (!reportedOnce && startTime < hiddenAt) {
      largestPaint = startTime;
    }
  }

  /** A layout-shift entry. */
  public void layoutShift(double startTime, double value, boolean hadRecentInput) {
    if (!hadRecentInput) {
      if (window > 0 && startTime - windowLast < 1000 && startTime - windowFirst < 5000) {
        window += value;
      } else {
        window = value;
        windowFirst = startTime;
      }
      windowLast = startTime;
      largestWindow = Math.max(largestWindow, window);
    }
  }

  /** An event or first-input entry of interaction {@code id} (0 or NaN when none). */
  public void interaction(double id, double duration) {
    interactions.add(id, duration);
  }

  /**
   * At a page hide, at {@code now}: gives {@code sink} every metric present, with the page's
   * first-contentful-paint time {@code fcp} and the navigation's {@code responseStart} and
   * {@code activationStart} (each -1 when the browser has none), and its {@code interactionCount}
   * (-1 when none); returns false, giving nothing, when none is present or no value changed since
   * the last report.
   */
  public boolean report(double fcp, double responseStart, double activationStart, double interactionCount, double now, Sink sink) {
    double ttfb = responseStart > 0 && responseStart < now ? sinceActivation(responseStart, activationStart) : -1;
    double lcp = restored ? restoredPaint : sinceActivation(largestPaint, activationStart);
    double contentful = restored ? restoredPaint : fcp < hiddenAt ? sinceActivation(fcp, activationStart) : -1;
    // after a restore CLS starts again at 0 without waiting for a paint, as web-vitals' does
    double cls = shiftsObserved && (restored || contentful >= 0) ? largestWindow : -1;
    if (restored && ttfb >= 0) {
      ttfb = 0;
    }
    double inp = interactions.value(interactionCount);
    String values = lcp + " " + inp + " " + cls + " " + contentful + " " + ttfb;
    reportedOnce = true;
    // each is -1 (absent) or at least 0: -5 is none at all
    if (values.equals(reported) || lcp + inp + cls + contentful + ttfb == -5) {
      return false;
    }
    reported = values;
    give(sink, "lcp", lcp, 1, 2500, 4000);
    give(sink, "inp", inp, 1, 200, 500);
    give(sink, "cls", cls, 10_000, 0.1, 0.25);
    give(sink, "fcp", contentful, 1, 1800, 3000);
    give(sink, "ttfb", ttfb, 1, 800, 1800);
    return true;
  }

  /**
   * The rating of {@code value} by a metric's published thresholds: good up to {@code good},
   * poor above {@code poor}, needs-improvement between.
   */
  static String rating(double value, double good, double poor) {
    return value > poor ? "poor" : value > good ? "needs-improvement" : "good";
  }

  private static double sinceActivation(double time, double activationStart) {
    return time < 0 ? -1 : Math.max(time - Math.max(activationStart, 0), 0);
  }

  /** Rated on the exact value, rounded to 1/{@code scale} (not Math.round: a long would cost 1 KB of the bundle). */
  private static void give(Sink sink, String name, double value, double scale, double good, double poor) {
    if (value >= 0) {
      sink.metric(name, Math.floor(value * scale + 0.5) / scale, rating(value, good, poor));
    }
  }
}
