package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Automatic transitions and web vitals do nothing unless asked: no observer, no listener, no
 * wrapped history method; asked, they do, and destroy() undoes it.
 */
class OptInTest {
  @RegisterExtension @Order(1) static Origins origins = new Origins();
  @RegisterExtension @Order(2) static Arrivals arrivals = new Arrivals(origins);

  /** Counts, before the bundle loads, what a logger could observe, listen to or wrap. */
  static final String PROBE =
      "window.probe = {observers: 0, disconnected: 0, listening: [], removed: []};"
          + "window.nativePush = history.pushState; window.nativeReplace = history.replaceState;"
          + "if (window.PerformanceObserver) { var Real = PerformanceObserver;"
          + "  window.PerformanceObserver = function (callback) { probe.observers++; var o = new Real(callback);"
          + "    var disconnect = o.disconnect; o.disconnect = function () { probe.disconnected++; disconnect.call(o); }; return o; };"
          + "  PerformanceObserver.supportedEntryTypes = Real.supportedEntryTypes; }"
          + "[window, window.navigation].forEach(function (target) { if (!target) return;"
          + "  var add = target.addEventListener, remove = target.removeEventListener;"
          + "  target.addEventListener = function (type) { probe.listening.push(type); return add.apply(this, arguments); };"
          + "  target.removeEventListener = function (type) { probe.removed.push(type); return remove.apply(this, arguments); }; });";

  /**
   * A page that probes, loads beaver-logger.js and its add-ons (web vitals, page transitions), then
   * makes a logger {@code log} with {@code options}, and does nothing else.
   */
  static void open(Browser browser, String options) {
    open(browser, "", List.of("beaver-logger.js", "beaver-vitals.js", "beaver-transitions.js"), options);
  }

  /** As {@link #open(Browser, String)}, with {@code before} run first and only the {@code bundles} loaded. */
  static void open(Browser browser, String before, List<String> bundles, String options) {
    StringBuilder scripts = new StringBuilder();
    for (String bundle : bundles) {
      origins.a().bundle(bundle);
      scripts.append("<script src=\"/bundles/").append(bundle).append("\"></script>");
    }
    origins.a().page("/probed.html",
        "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\"><script>" + before + PROBE + "</script>"
            + scripts + "</head><body><script>"
            + "window.log = beaver.Logger(Object.assign({url: '" + arrivals.url + "', logLevel: 'silent'}, " + options + "));"
            + "</script></body></html>");
    browser.open(origins.a().url("/probed.html"));
  }

  @CrossBrowser
  void offByDefaultNothingIsObservedListenedToOrWrapped(Browser browser) {
    open(browser, "{}");
    browser.run("log.transition('x'); log.info('used', {}); log.flush();"); // the explicit API needs nothing of the page
    arrivals.awaitEvent("used", 5000);

    assertEquals(0.0, browser.number("probe.observers"));
    assertEquals("pagehide error unhandledrejection", browser.string("probe.listening.join(' ')"));
    assertEquals(true, browser.eval("history.pushState === nativePush && history.replaceState === nativeReplace"));
  }

  @CrossBrowser
  void askedForTheyObserveAndListenAndDestroyUndoesIt(Browser browser) {
    open(browser, "{autoTransitions: true, webVitals: true}");
    // what this engine has: the Navigation API (Chromium, Firefox), entries to observe (not HtmlUnit;
    // WebKit has none of largest-contentful-paint, layout-shift, event and first-input)
    boolean navigationApi = Boolean.TRUE.equals(browser.eval("typeof navigation === 'object'"));
    boolean entries = Boolean.TRUE.equals(browser.eval("!!(window.PerformanceObserver"
        + " && ['largest-contentful-paint', 'layout-shift', 'event', 'first-input'].some(function (t) {"
        + "  return (PerformanceObserver.supportedEntryTypes || []).indexOf(t) >= 0; }))"));

    assertEquals(entries ? 1.0 : 0.0, browser.number("probe.observers"));
    assertEquals(navigationApi ? "pagehide currententrychange" : "pagehide popstate",
        browser.string("probe.listening.filter(function (t) {"
            + " return /navigate|currententrychange|popstate|pagehide/.test(t); }).join(' ')"));
    assertEquals(navigationApi, browser.eval("history.pushState === nativePush"));

    browser.run("log.destroy();");

    assertEquals(entries ? 1.0 : 0.0, browser.number("probe.disconnected"));
    assertEquals(navigationApi ? "currententrychange" : "popstate",
        browser.string("probe.removed.filter(function (t) {"
            + " return /navigate|currententrychange|popstate/.test(t); }).join(' ')"));
    assertEquals(true, browser.eval("history.pushState === nativePush && history.replaceState === nativeReplace"));
  }

  @CrossBrowser
  void autoTransitionsWithoutTheirAddOnSayWhatIsMissingAndWrapNothing(Browser browser) {
    // no Navigation API, so that the watch, were it there, would wrap the history methods
    open(browser, "delete window.navigation; window.warned = [];"
            + "console.warn = function (message) { warned.push(String(message)); };",
        List.of("beaver-logger.js"), "{autoTransitions: true}");

    assertEquals("beaver: autoTransitions needs beaver-transitions.js", browser.string("warned.join(' | ')"));
    assertEquals(true, browser.eval("history.pushState === nativePush && history.replaceState === nativeReplace"));
    assertEquals("pagehide", browser.string("probe.listening.filter(function (t) {"
        + " return /navigate|currententrychange|popstate|pagehide/.test(t); }).join(' ')"));
    browser.run("history.pushState({}, '', '/elsewhere'); log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 5000);
    assertEquals(List.of("marker"), arrivals.names(), "no transition");
    assertFalse(arrivals.events().get(0).payload().has("pageID"), "no transitions state either");
  }
}
