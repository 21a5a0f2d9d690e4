package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.beaver.server.ErrorCode;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Site;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * beaver-logger.js in real browsers, on two origins, logging across origins to our endpoint on a
 * third: when batches leave, and that none is lost or doubled when the endpoint fails a while.
 */
class DeliveryTest {
  @RegisterExtension @Order(1) static Origins origins = new Origins();
  @RegisterExtension @Order(2) static Arrivals arrivals = new Arrivals(origins);

  /** Opens a page on {@code site} with a logger {@code log} made with {@code options} (JS). */
  static void open(Browser browser, Site site, String options) {
    site.bundle("beaver-logger.js")
        .page("/page.html",
            "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\">"
                + "<script src=\"/bundles/beaver-logger.js\"></script></head><body><script>"
                + "window.log = beaver.Logger(Object.assign({url: '" + arrivals.url + "', logLevel: 'silent'}, "
                + options + "));"
                // defined by the page, so that what it throws is the page's, not muted
                + "window.boom = function (m) { throw new Error(m); };</script></body></html>");
    browser.open(site.url("/page.html"));
  }

  @CrossBrowser
  void aBatchLeavesOnTheInterval(Browser browser) {
    open(browser, origins.a(), "{flushInterval: 300}");
    browser.run("log.info('on_interval', {n: 1});");

    arrivals.awaitEvent("on_interval", 5000);
  }

  @CrossBrowser
  void aWarnOrAnErrorLeavesAtOnce(Browser browser) {
    open(browser, origins.b(), "{}");
    browser.run("log.info('before', {}); log.warn('careful', {});");
    arrivals.awaitEvent("careful", 3000);
    browser.run("log.error('broken', {});");
    arrivals.awaitEvent("broken", 3000);

    assertEquals(List.of("before", "careful", "broken"), arrivals.names());
  }

  @CrossBrowser
  void flushSendsWhatWaitsAndResolvesAfter(Browser browser) {
    open(browser, origins.a(), "{}");
    browser.run("log.info('flushed', {}); log.flush().then(function () { window.flushed = true; });");

    arrivals.awaitEvent("flushed", 3000);
    browser.waitFor("window.flushed === true");
  }

  @CrossBrowser
  void theBufferLeavesWhenThePageIsHidden(Browser browser) {
    open(browser, origins.b(), "{enableSendBeacon: true}");
    browser.run("log.info('hidden', {}); window.dispatchEvent(new Event('pagehide'));");

    arrivals.awaitEvent("hidden", 5000);
  }

  @CrossBrowser
  void whenTheEndpointFailsAWhileEveryEventArrivesExactlyOnce(Browser browser) {
    arrivals.failing = true;
    long refusedBefore = arrivals.endpoint.stats().refusedWith(ErrorCode.SINK_UNAVAILABLE);
    open(browser, origins.a(), "{}");
    browser.run("for (var i = 0; i < 5; i++) { log.info('e' + i, {i: i}); } log.flush();");
    arrivals.await(a -> a.endpoint.stats().refusedWith(ErrorCode.SINK_UNAVAILABLE) >= refusedBefore + 2, 10_000);
    browser.run("log.warn('during', {});");
    arrivals.failing = false;

    arrivals.await(a -> a.names().size() >= 6, 15_000);
    browser.run("log.flush();");
    browser.run("log.warn('after', {});");
    arrivals.awaitEvent("after", 5000);

    assertEquals(List.of("e0", "e1", "e2", "e3", "e4", "during", "after"), arrivals.names());
    List<String> errors = browser.errors();
    assertTrue(errors.stream().allMatch(e -> e.contains("503")), errors.toString());
    browser.reset(); // the 503s the browser reported were this test's point
  }

  @CrossBrowser
  void theWireIsBeaversAndKeepsFalsyValues(Browser browser) {
    open(browser, origins.b(), "{prefix: 'shop'}");
    browser.run(
        "log.addPayloadBuilder(function () { return {page: 'cart'}; })"
            + ".addMetaBuilder(function () { return {build: 7}; })"
            + ".addTrackingBuilder(function () { return {tb: true}; })"
            + ".addMetricDimensionBuilder(function () { return {region: 'eu'}; });"
            + "log.info('hello world', {zero: 0, f: false, empty: '', nul: null, skip: undefined});"
            + "log.track({a: 1}); log.metricCounter({namespace: 'ns', event: 'click'});"
            + "log.immediateFlush();");

    arrivals.awaitEvent("shop_hello_world", 3000);

    var batch = arrivals.batches.get(0);
    var payload = batch.events().get(0).payload();
    assertEquals(0, payload.get("zero").asInt());
    assertFalse(payload.get("f").asBoolean(true));
    assertEquals("", payload.get("empty").asText());
    assertTrue(payload.get("nul").isNull());
    assertFalse(payload.has("skip"));
    assertEquals("cart", payload.get("page").asText());
    assertTrue(payload.get("timestamp").asText().matches("\\d{13}"), payload.toString());
    assertEquals(7, batch.meta().get("build").asInt());
    assertEquals(20, batch.batchId().length());
    assertEquals("{\"a\":1,\"tb\":true}", batch.tracking().get(0).toString());
    assertEquals(
        "{\"metricNamespace\":\"ns\",\"metricEventName\":\"click\",\"metricType\":\"counter\",\"metricValue\":1,\"dimensions\":{\"region\":\"eu\"}}",
        batch.metrics().get(0).toString());
  }

  @CrossBrowser
  void configureReschedulesTheInterval(Browser browser) {
    open(browser, origins.a(), "{}");
    browser.run("log.configure({flushInterval: 200}); log.info('rescheduled', {});");

    arrivals.awaitEvent("rescheduled", 3000);
  }

  @CrossBrowser
  void destroyStopsTheIntervalAndTheListeners(Browser browser) throws InterruptedException {
    open(browser, origins.b(), "{flushInterval: 100}");
    browser.run("log.destroy(); log.info('after_destroy', {}); window.dispatchEvent(new Event('pagehide'));");

    Thread.sleep(800);
    assertEquals(List.of(), arrivals.names());
  }

  @CrossBrowser(
      cannot =
          @Cannot(
              engine = Engine.HTMLUNIT,
              why = "HtmlUnit fires no window error event for an error thrown in a timer"))
  void uncaughtErrorsAreLoggedOnce(Browser browser) {
    open(browser, origins.a(), "{}");
    browser.run("setTimeout(function () { boom('boom'); }, 0); setTimeout(function () { boom('boom'); }, 10);");

    arrivals.awaitEvent("window_error", 3000);
    browser.run("log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 3000);

    assertEquals(1, arrivals.names().stream().filter("window_error"::equals).count());
    assertTrue(arrivals.events().get(0).payload().get("message").asText().contains("boom"));
    origins.errors().clear(); // the page's own error was the point
    browser.reset();
  }

  @CrossBrowser(
      cannot =
          @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit fires no unhandledrejection event"))
  void unhandledRejectionsAreLogged(Browser browser) {
    open(browser, origins.b(), "{}");
    browser.run("Promise.resolve().then(function () { boom('rejected'); });");

    arrivals.awaitEvent("unhandled_rejection", 3000);

    assertTrue(arrivals.events().get(0).payload().get("message").asText().contains("rejected"));
    assertTrue(arrivals.events().get(0).payload().get("stack").asText().length() > 0);
    origins.errors().clear();
    browser.reset();
  }

  @CrossBrowser
  void errorCaptureCanBeTurnedOff(Browser browser) throws InterruptedException {
    open(browser, origins.b(), "{captureErrors: false}");
    browser.run("setTimeout(function () { boom('boom'); }, 0);");
    Thread.sleep(300);
    browser.run("log.warn('marker', {});");
    arrivals.awaitEvent("marker", 3000);

    assertEquals(List.of("marker"), arrivals.names());
    origins.errors().clear();
    browser.reset();
  }

  @CrossBrowser
  void theConsoleGetsWhatIsAtOrAboveTheLevelAndNothingWhenSilent(Browser browser) {
    open(browser, origins.a(), "{logLevel: 'warn'}");
    browser.run("log.error('shown', {}); log.info('not_shown', {});");
    arrivals.awaitEvent("shown", 3000);
    List<String> reported = origins.errors().all();
    origins.errors().clear();
    browser.reset();

    open(browser, origins.a(), "{}"); // silent
    browser.run("log.error('quiet', {});");
    arrivals.awaitEvent("quiet", 3000);

    assertEquals(1, reported.size(), reported.toString());
    assertTrue(reported.get(0).contains("console.error: shown"), reported.toString());
    assertEquals(List.of(), origins.errors().all());
  }

  @CrossBrowser(
      cannot =
          @Cannot(engine = Engine.HTMLUNIT, why = "HtmlUnit has no navigation timing entry"))
  void pageTimingsAreLoggedWhenAskedFor(Browser browser) {
    open(browser, origins.a(), "{pageTimings: true, flushInterval: 200}");

    arrivals.awaitEvent("page_timing", 5000);

    var timing = arrivals.events().get(0).payload();
    assertEquals("navigate", timing.get("type").asText(), timing.toString());
    assertTrue(timing.get("responseStart").asDouble() > 0, timing.toString());
    assertTrue(timing.get("loadEventEnd").asDouble() >= timing.get("responseStart").asDouble(), timing.toString());
  }
}
