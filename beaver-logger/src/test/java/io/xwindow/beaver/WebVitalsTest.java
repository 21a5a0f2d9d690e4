package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.NpmPackage;
import io.xwindow.testkit.Origins;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web vitals in real browsers, against web-vitals (the reference implementation, from npm)
 * measuring the same page: a user clicks and types (real WebDriver input), the page shifts its own
 * layout, and then leaves.
 */
class WebVitalsTest {
  private static final String NEVER_PAINTS =
      "HtmlUnit paints nothing and measures no web vital";

  static final String WEB_VITALS = "web-vitals@6.2.3";
  /** web-vitals' names of ours. */
  static final Map<String, String> NAMES = Map.of("lcp", "LCP", "inp", "INP", "cls", "CLS", "fcp", "FCP", "ttfb", "TTFB");

  @RegisterExtension @Order(1) static Origins origins = new Origins();
  @RegisterExtension @Order(2) static Arrivals arrivals = new Arrivals(origins);

  /**
   * A page at {@code /vitals/} on site a with a large heading and text, a button whose click takes
   * 120 ms and a field whose keys take 200 ms each, and a banner that pushes the content down
   * 200 ms after load (a layout shift no input caused); a logger {@code log} has {@code options}.
   * beaver-vitals.js is loaded after beaver-logger.js. With {@code reference}, web-vitals measures it too and reports into localStorage {@code
   * web-vitals} (not in HtmlUnit, which cannot run it). {@code before} runs first.
   */
  static void openPage(Browser browser, String before, String options, boolean reference) {
    origins.a()
        .script("/web-vitals.iife.js", NpmPackage.published(WEB_VITALS).file("dist/web-vitals.iife.js"))
        .bundle("beaver-logger.js")
        .bundle("beaver-vitals.js")
        .page("/vitals/",
            "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\">"
                + "<script>" + before + "</script>"
                + (reference ? "<script src=\"/web-vitals.iife.js\"></script>" : "")
                + "<script src=\"/bundles/beaver-logger.js\"></script><script src=\"/bundles/beaver-vitals.js\"></script><script>"
                + "window.log = beaver.Logger(Object.assign({url: '" + arrivals.url + "', logLevel: 'silent'}, " + options + "));"
                + "localStorage.removeItem('web-vitals'); var reported = {};"
                + "function keep(metric) { reported[metric.name] = {value: metric.value, rating: metric.rating, navigationType: metric.navigationType};"
                + "  localStorage.setItem('web-vitals', JSON.stringify(reported)); }"
                + "if (window.webVitals) { webVitals.onINP(function (m) { window.inpSoFar = m.value; }, {reportAllChanges: true});"
                + "  webVitals.onLCP(keep); webVitals.onINP(keep); webVitals.onCLS(keep); webVitals.onFCP(keep); webVitals.onTTFB(keep); }"
                + "function busy(ms) { var until = performance.now() + ms; while (performance.now() < until) {} }"
                + "</script></head><body>"
                + "<h1 style=\"font-size: 56px\">Checkout, the way it should be</h1>"
                + "<p style=\"font-size: 20px; max-width: 40em\">" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(12) + "</p>"
                + "<button id=slow>pay</button> <input id=field>"
                + "<script>"
                + "document.getElementById('slow').addEventListener('click', function () { busy(120); });"
                + "document.getElementById('field').addEventListener('keydown', function () { busy(200); });"
                + "addEventListener('load', function () { setTimeout(function () {"
                + "  var banner = document.createElement('div'); banner.style.height = '150px'; banner.textContent = 'A banner';"
                + "  document.body.insertBefore(banner, document.body.firstChild);"
                + "  setTimeout(function () { window.shifted = true; }, 300);"
                + "}, 200); });"
                + "</script></body></html>")
        .page("/vitals/next", "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\"></head><body>next</body></html>");
    browser.open(origins.a().url("/vitals/"));
  }

  /**
   * The metrics this engine measures, in the order of a report: LCP, FCP, TTFB, CLS and INP where
   * it lists largest-contentful-paint, paint, navigation, layout-shift and event entries (WebKit
   * has no LCP, CLS or INP; Firefox no CLS). TTFB only where this load's navigation entry has a
   * {@code responseStart} above 0: WebKit's clock ticks in whole milliseconds, so a loopback answer
   * within the first one reads 0, which web-vitals and ours both leave out as not a measurement.
   */
  private static List<String> measured(Browser browser) {
    String types = browser.string("window.PerformanceObserver && PerformanceObserver.supportedEntryTypes"
        + " ? PerformanceObserver.supportedEntryTypes.join(' ') : ''");
    boolean answered = browser.string("String((performance.getEntriesByType && performance.getEntriesByType('navigation')[0]"
        + " || {}).responseStart > 0)").equals("true");
    List<String> measured = new java.util.ArrayList<>();
    Map<String, String> typeOf = Map.of("lcp", "largest-contentful-paint", "fcp", "paint", "ttfb", "navigation",
        "cls", "layout-shift", "inp", "event");
    for (String metric : List.of("lcp", "fcp", "ttfb", "cls", "inp")) {
      if (List.of(types.split(" ")).contains(typeOf.get(metric)) && (answered || !metric.equals("ttfb"))) {
        measured.add(metric);
      }
    }
    return measured;
  }

  /** Waits until web-vitals has reported {@code metric} (its name, e.g. TTFB) with {@code condition} on it. */
  private static void awaitTheirs(Browser browser, String metric, String condition) {
    try {
      browser.waitFor("(function (m) { return m !== undefined && " + condition + "; })("
          + "JSON.parse(localStorage.getItem('web-vitals') || '{}')." + metric + ")");
    } catch (AssertionError e) {
      // what web-vitals decides by: the navigation entry against the clock, and the page's state
      throw new AssertionError(e.getMessage() + "; the page: " + browser.string("JSON.stringify({"
          + "navigation: performance.getEntriesByType('navigation').map(function (n) { return n.toJSON(); }),"
          + "now: performance.now(), readyState: document.readyState, webVitals: typeof webVitals,"
          + "reported: localStorage.getItem('web-vitals'), log: typeof log, shifted: window.shifted})"), e);
    }
  }

  private static Event event(String name) {
    return arrivals.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<ObjectNode> gauges() {
    return arrivals.batches.stream().flatMap(b -> b.metrics().stream())
        .filter(m -> m.path("metricNamespace").asText().equals("web_vitals")).toList();
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void theSameMetricsAsTheWebVitalsLibrary(Browser browser) throws Exception {
    openPage(browser, "", "{webVitals: true, enableSendBeacon: true}", true);
    List<String> measured = measured(browser);
    browser.waitFor("window.shifted === true");
    browser.click("#slow");
    browser.type("#field", "ab");
    browser.run("log.info('before_hide', {});"); // waits for the page hide, the flush interval being a minute
    // web-vitals handles entries in an idle callback (in headless Chromium, at its 1 s timeout);
    // one still pending when the page hides comes after its final report: wait until it has them
    if (measured.contains("inp")) {
      browser.waitFor("window.inpSoFar >= 200");
    }

    // web-vitals reports TTFB and FCP once the page has loaded, not at the page hide: leaving before
    // it has would leave them out of its report (seen in WebKit)
    for (String early : List.of("ttfb", "fcp")) {
      if (measured.contains(early)) {
        awaitTheirs(browser, NAMES.get(early), "true");
      }
    }
    browser.open(origins.a().url("/vitals/next")); // the page is hidden, then unloaded
    arrivals.awaitEvent("web_vitals", 5000);
    JsonNode theirs = new ObjectMapper().readTree(browser.string("localStorage.getItem('web-vitals')"));

    ObjectNode ours = event("web_vitals").payload();
    assertEquals("vitals", ours.get("route").asText());
    assertEquals(measured.size(), theirs.size(), "what this engine measures, " + measured + ": " + theirs);
    for (String name : measured) {
      JsonNode their = theirs.get(NAMES.get(name));
      double tolerance = name.equals("cls") ? 0.00005 : 0.5; // our rounding: 4 decimals, whole ms
      assertEquals(their.get("value").asDouble(), ours.get(name).asDouble(), tolerance, name + ": " + ours + " against " + theirs);
      assertEquals(their.get("rating").asText(), ours.get(name + "_rating").asText(), name);
    }
    for (String name : NAMES.keySet()) {
      assertEquals(measured.contains(name), ours.has(name), name + " only where measured: " + ours);
    }
    if (measured.contains("inp")) {
      assertTrue(ours.get("inp").asDouble() >= 200, "the keys, the slowest interaction: " + ours);
    }
    if (measured.contains("cls")) {
      assertTrue(ours.get("cls").asDouble() > 0, "the banner shifted the page: " + ours);
    }
    Batch hidden = arrivals.batches.stream()
        .filter(b -> b.events().stream().anyMatch(e -> e.name().equals("web_vitals"))).findFirst().orElseThrow();
    assertTrue(hidden.events().stream().anyMatch(e -> e.name().equals("before_hide")), "delivered with the rest");
    assertEquals(measured.size(), gauges().size(), gauges().toString());
    for (ObjectNode gauge : gauges()) {
      String name = gauge.get("metricEventName").asText();
      assertEquals("gauge", gauge.get("metricType").asText());
      assertEquals(ours.get(name).asDouble(), gauge.get("metricValue").asDouble(), gauge.toString());
      assertEquals("vitals", gauge.get("dimensions").get("route").asText());
      assertEquals(ours.get(name + "_rating").asText(), gauge.get("dimensions").get("rating").asText());
    }
  }

  @CrossBrowser
  void aMetricTheBrowserDoesNotMeasureIsAbsentNotZero(Browser browser) {
    // as a browser without layout-shift (WebKit) or event timing: Chromium told it has neither
    openPage(browser,
        "if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) {"
            + "  var kept = PerformanceObserver.supportedEntryTypes.filter(function (t) {"
            + "    return ['layout-shift', 'event', 'first-input'].indexOf(t) < 0; });"
            + "  Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {get: function () { return kept; }}); }",
        "{webVitals: true}", false);
    browser.waitFor("window.shifted === true");
    browser.click("#slow");

    browser.run("window.dispatchEvent(new Event('pagehide')); log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 5000);

    for (String absent : List.of("cls", "inp")) {
      assertTrue(gauges().stream().noneMatch(g -> g.get("metricEventName").asText().equals(absent)), absent + ": " + gauges());
      arrivals.events().stream().filter(e -> e.name().equals("web_vitals"))
          .forEach(e -> assertFalse(e.payload().has(absent), absent + ": " + e));
    }
    // the others, where the engine measures them (HtmlUnit measures none; WebKit has no LCP)
    List<String> others = measured(browser).stream().filter(m -> !m.matches("cls|inp")).toList();
    assertEquals(others, gauges().stream().map(g -> g.get("metricEventName").asText()).toList());
  }

  @CrossBrowser(cannot = {@Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS), @Cannot(engine = Engine.WEBKIT, why = "WebKitGTK 2.50 has no event timing: no INP appears for the second hide to report")})
  void aSecondHideReportsOnlyWhenSomethingChanged(Browser browser) {
    openPage(browser, "", "{webVitals: true}", false);
    browser.waitFor("window.shifted === true");
    browser.run("window.dispatchEvent(new Event('pagehide')); window.dispatchEvent(new Event('pagehide'));");
    browser.run("log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 5000);
    assertEquals(1, arrivals.names().stream().filter("web_vitals"::equals).count());

    browser.click("#slow"); // the page, shown again, is used: INP appears
    browser.run("setTimeout(function () { window.dispatchEvent(new Event('pagehide')); log.info('marker2', {}); log.flush(); }, 300);");
    arrivals.awaitEvent("marker2", 5000);

    List<Event> reports = arrivals.events().stream().filter(e -> e.name().equals("web_vitals")).toList();
    assertEquals(2, reports.size());
    assertFalse(reports.get(0).payload().has("inp"));
    assertTrue(reports.get(1).payload().get("inp").asDouble() >= 120, reports.get(1).toString());
    assertEquals(reports.get(0).payload().get("lcp"), reports.get(1).payload().get("lcp"), "LCP final at the first hide");
  }

  @CrossBrowser
  void withoutTheAddOnTheLoggerLogsAndSaysWhatIsMissing(Browser browser) {
    origins.a().bundle("beaver-logger.js").page("/no-add-on.html",
        "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\"><script>window.warned = [];"
            + "console.warn = function (message) { warned.push(String(message)); };</script>"
            + "<script src=\"/bundles/beaver-logger.js\"></script><script>"
            + "window.log = beaver.Logger({url: '" + arrivals.url + "', logLevel: 'silent', webVitals: true});"
            + "</script></head><body><h1>Checkout</h1></body></html>");
    browser.open(origins.a().url("/no-add-on.html"));

    browser.run("window.dispatchEvent(new Event('pagehide')); log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 5000);

    assertFalse(arrivals.names().contains("web_vitals"), arrivals.names().toString());
    assertTrue(gauges().isEmpty(), gauges().toString());
    assertEquals("beaver: webVitals needs beaver-vitals.js", browser.string("warned.join(' | ')"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void aPageHiddenBeforeItsFirstPaintLogsNoPaintMetric(Browser browser) throws Exception {
    // hidden as web-vitals' own tests hide a page: the document says so from before its first paint
    openPage(browser, "Object.defineProperty(document, 'visibilityState', {configurable: true, get: function () { return 'hidden'; }});",
        "{webVitals: true}", true);
    assertNothingPaintedCounts(browser);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void aPageHiddenBeforeTheLoggerStartedAndShownAgainCountsNoPaintAfterItsHide(Browser browser) throws Exception {
    // the visibility-state entries tell it (Chromium's); here one that says the page was hidden at 1 ms,
    // before its first paint, and is visible again by the time the scripts run
    openPage(browser, "var byType = performance.getEntriesByType.bind(performance);"
            + "performance.getEntriesByType = function (type) { return type !== 'visibility-state' ? byType(type)"
            + "  : [{name: 'visible', entryType: type, startTime: 0, duration: 0}, {name: 'hidden', entryType: type, startTime: 1, duration: 0}]; };",
        "{webVitals: true}", true);
    assertEquals("visible", browser.string("document.visibilityState"));
    assertNothingPaintedCounts(browser);
  }

  /** Neither web-vitals nor ours counts a paint after the page's first hide: no FCP, LCP or CLS (that needs an FCP); TTFB does. */
  private static void assertNothingPaintedCounts(Browser browser) throws Exception {
    List<String> measured = measured(browser);
    browser.waitFor("window.shifted === true");
    if (measured.contains("ttfb")) {
      awaitTheirs(browser, "TTFB", "true");
    }
    browser.run("window.dispatchEvent(new Event('pagehide')); log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 5000);

    JsonNode theirs = new ObjectMapper().readTree(browser.string("localStorage.getItem('web-vitals') || '{}'"));
    // no report at all where nothing was measured (WebKit, its responseStart read as 0)
    ObjectNode ours = arrivals.events().stream().filter(e -> e.name().equals("web_vitals")).findFirst()
        .map(Event::payload).orElseGet(() -> new ObjectMapper().createObjectNode());
    assertEquals(measured.contains("ttfb"), ours.has("ttfb"), "TTFB only where measured: " + ours);
    for (String name : List.of("lcp", "fcp", "cls")) {
      assertFalse(ours.has(name), name + ": " + ours);
    }
    assertFalse(theirs.has("FCP"), "web-vitals counts no FCP either: " + theirs);
    if (measured.contains("ttfb")) {
      assertEquals(theirs.get("TTFB").get("value").asDouble(), ours.get("ttfb").asDouble(), 0.5, ours + " against " + theirs);
    }
  }

  @CrossBrowser(cannot = {@Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS), @Cannot(engine = Engine.FIREFOX,
      why = "Firefox keeps no Cache-Control: no-store page (the test kit serves every page so) in its back/forward cache: history.back() loads the page again, no pageshow is persisted")})
  void aPageRestoredFromTheBackForwardCacheIsANewPageView(Browser browser) throws Exception {
    openPage(browser, "addEventListener('pageshow', function (e) { if (e.persisted) { window.restored = true; } });",
        "{webVitals: true}", true);
    List<String> measured = measured(browser);
    browser.waitFor("window.shifted === true");
    for (String early : List.of("ttfb", "fcp")) {
      if (measured.contains(early)) {
        awaitTheirs(browser, NAMES.get(early), "true");
      }
    }
    browser.open(origins.a().url("/vitals/next"));
    arrivals.awaitEvent("web_vitals", 5000);

    browser.run("history.back();");
    // Whether a page served no-store is kept in the back/forward cache is Chromium's own choice, and
    // now and then it loads the page again instead: then there is no restore to measure here
    browser.waitFor("window.restored === true || (location.pathname !== '/vitals/next' && document.readyState === 'complete')");
    if (!Boolean.TRUE.equals(browser.eval("window.restored === true"))) {
      Thread.sleep(1000); // a restored page's pageshow may still be on its way
    }
    Assumptions.assumeTrue(Boolean.TRUE.equals(browser.eval("window.restored === true")),
        () -> "the browser loaded the page again instead of restoring it from its back/forward cache: "
            + browser.string("JSON.stringify((performance.getEntriesByType('navigation')[0] || {}).notRestoredReasons || null)"));
    // web-vitals reports the restored view's FCP and LCP two frames after the pageshow, its TTFB at once
    for (String early : List.of("ttfb", "fcp", "lcp")) {
      if (measured.contains(early)) {
        awaitTheirs(browser, NAMES.get(early), "m.navigationType === 'back-forward-cache'");
      }
    }
    browser.open(origins.a().url("/vitals/next")); // hidden again: the restored view's report
    arrivals.awaitCount("web_vitals", 2, 5000);

    JsonNode theirs = new ObjectMapper().readTree(browser.string("localStorage.getItem('web-vitals')"));
    ObjectNode ours = arrivals.events().stream().filter(e -> e.name().equals("web_vitals")).toList().get(1).payload();
    for (String name : List.of("ttfb", "fcp", "lcp", "cls")) {
      if (measured.contains(name)) {
        JsonNode their = theirs.get(NAMES.get(name));
        assertEquals("back-forward-cache", their.get("navigationType").asText(), name + ": " + theirs);
        // the same two frames measured by each, one callback after the other: WebKit's clock ticks in whole
        // milliseconds, so a tick may fall between them (seen: 10 against 11), and ours is rounded to the ms
        assertEquals(their.get("value").asDouble(), ours.get(name).asDouble(), name.equals("cls") ? 0.00005 : 1.5,
            name + ": " + ours + " against " + theirs);
        assertEquals(their.get("rating").asText(), ours.get(name + "_rating").asText(), name);
      }
    }
    if (measured.contains("ttfb")) {
      assertEquals(0.0, ours.get("ttfb").asDouble(), "no request: " + ours);
    } else {
      assertFalse(ours.has("ttfb"), "no TTFB for the first view, none for its restore, as web-vitals: " + ours);
    }
    assertFalse(ours.has("inp"), "no interaction since the restore: " + ours);
  }
}
