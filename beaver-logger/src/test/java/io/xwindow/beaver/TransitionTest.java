package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Page transitions in real browsers: beaver 3's startTransition/endTransition/transition, and the
 * automatic transitions of a small single-page application whose links a user clicks.
 */
class TransitionTest {
  private static final String NEVER_PAINTS =
      "HtmlUnit never paints: its requestAnimationFrame never calls back";

  @RegisterExtension @Order(1) static Origins origins = new Origins();
  @RegisterExtension @Order(2) static Arrivals arrivals = new Arrivals(origins);

  /** How long the application takes to render a route, in the click's task. */
  static final int RENDER_MILLIS = 60;

  /**
   * Opens a single-page application at {@code /spa/} on site a: links to {@code /spa/products},
   * {@code /spa/products/42} and {@code /spa/cart} that it follows with {@code pushState} (and
   * back with {@code popstate}), taking {@value #RENDER_MILLIS} ms to render; beaver-logger.js and
   * its page transitions add-on; a logger {@code log} with {@code options}. {@code before} runs before the bundle loads.
   */
  static void openApp(Browser browser, String before, String options) {
    origins.a().bundle("beaver-logger.js").bundle("beaver-transitions.js").page("/spa/",
        "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\">"
            + "<script>" + before + "</script>"
            + "<script src=\"/bundles/beaver-logger.js\"></script><script src=\"/bundles/beaver-transitions.js\"></script></head><body>"
            + "<nav><a id=products href=\"/spa/products\">products</a> <a id=item href=\"/spa/products/42\">item</a>"
            + " <a id=cart href=\"/spa/cart\">cart</a></nav><main id=view>home</main><script>"
            + "window.log = beaver.Logger(Object.assign({url: '" + arrivals.url + "', logLevel: 'silent'}, " + options + "));"
            + "function render() {"
            + "  var until = performance.now() + " + RENDER_MILLIS + "; while (performance.now() < until) {}"
            + "  document.getElementById('view').textContent = location.pathname; }"
            + "document.querySelector('nav').addEventListener('click', function (e) {"
            + "  e.preventDefault(); history.pushState({}, '', e.target.getAttribute('href')); render(); });"
            + "window.addEventListener('popstate', render);"
            + "</script></body></html>");
    browser.open(origins.a().url("/spa/"));
  }

  /** Opens a page on {@code site} with a logger {@code log} made with {@code options}. */
  static void open(Browser browser, io.xwindow.testkit.Site site, String options) {
    site.bundle("beaver-logger.js").page("/page.html",
        "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\">"
            + "<script src=\"/bundles/beaver-logger.js\"></script></head><body><script>"
            + "window.log = beaver.Logger(Object.assign({url: '" + arrivals.url + "', logLevel: 'silent'}, " + options + "));"
            + "</script></body></html>");
    browser.open(site.url("/page.html"));
  }

  private static Event event(String name) {
    return arrivals.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static Batch batchOf(String name) {
    return arrivals.batches.stream()
        .filter(b -> b.events().stream().anyMatch(e -> e.name().equals(name))).findFirst().orElseThrow();
  }

  private static List<String> transitionNames() {
    return arrivals.names().stream().filter(n -> n.contains("transition_")).toList();
  }

  @CrossBrowser
  void startAndEndLogBeaverThreesEventTrackingAndMeta(Browser browser) {
    open(browser, origins.b(), "{prefix: 'shop'}");
    browser.run("log.startTransition(); setTimeout(function () { log.endTransition('checkout'); }, 80);");
    arrivals.awaitEvent("shop_transition_init_to_checkout", 5000);

    Event ended = event("shop_transition_init_to_checkout");
    double duration = ended.payload().get("duration").asDouble();
    // the 80 ms timer, less a millisecond: Firefox may fire it at 79.x ms by performance.now, floored
    assertTrue(duration >= 79 && duration < 5000, ended.toString());
    assertEquals(Math.floor(duration), duration, "whole milliseconds");
    assertTrue(ended.payload().get("windowID").asText().matches("[0-9a-f]{10}"), ended.toString());
    assertTrue(ended.payload().get("pageID").asText().matches("[0-9a-f]{10}"), ended.toString());
    Batch flushed = batchOf("shop_transition_init_to_checkout");
    assertEquals("{\"transition\":\"transition_init_to_checkout\",\"transition_time\":" + (long) duration + "}",
        flushed.tracking().get(0).toString());
    assertEquals("ui_init", flushed.meta().get("state").asText(), "sent in the state it leaves, as beaver 3");

    browser.run("log.transition('paid'); log.info('after', {}); log.flush();");
    arrivals.awaitEvent("shop_after", 5000);

    Event paid = event("shop_transition_checkout_to_paid");
    assertTrue(paid.payload().get("duration").asDouble() < 1000, "no start: from the last end");
    assertEquals(ended.payload().get("windowID"), paid.payload().get("windowID"));
    Event after = event("shop_after");
    assertNotEquals(ended.payload().get("pageID"), after.payload().get("pageID"), "a new page after a transition");
    assertEquals("ui_paid", batchOf("shop_after").meta().get("state").asText());
  }

  @CrossBrowser
  void anEndWithoutAStateOutsideAutomaticTransitionsWarnsAndTheTransitionGoesOn(Browser browser) {
    open(browser, origins.b(), "{}");
    browser.run("window.warned = []; console.warn = function (message) { warned.push(String(message)); };"
        + "log.startTransition(); log.endTransition();"
        + "setTimeout(function () { log.endTransition('cart'); }, 80);");
    arrivals.awaitEvent("transition_init_to_cart", 5000);

    assertEquals("beaver: endTransition needs a state", browser.string("warned.join(' | ')"));
    assertEquals(List.of("transition_init_to_cart"), transitionNames());
    assertTrue(event("transition_init_to_cart").payload().get("duration").asDouble() >= 79, "from the start");
  }

  @CrossBrowser
  void noTransitionNoIdsAndNoState(Browser browser) {
    open(browser, origins.a(), "{}");
    browser.run("log.info('plain', {}); log.flush();");
    arrivals.awaitEvent("plain", 5000);

    assertEquals(List.of("timestamp"), List.copyOf(iterable(event("plain").payload())));
    assertTrue(batchOf("plain").meta().get("state") == null, batchOf("plain").meta().toString());
  }

  private static List<String> iterable(ObjectNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void threeRouteChangesGiveThreeTransitions(Browser browser) {
    openApp(browser, "", "{autoTransitions: true}");

    browser.click("#products");
    arrivals.awaitEvent("transition_spa_to_spa_products", 5000);
    browser.click("#item");
    arrivals.awaitEvent("transition_spa_products_to_spa_products_id", 5000);
    browser.click("#cart");
    arrivals.awaitEvent("transition_spa_products_id_to_spa_cart", 5000);

    assertEquals(List.of("transition_spa_to_spa_products", "transition_spa_products_to_spa_products_id",
        "transition_spa_products_id_to_spa_cart"), transitionNames());
    for (String name : transitionNames()) {
      double duration = event(name).payload().get("duration").asDouble();
      assertTrue(duration >= RENDER_MILLIS && duration < 3000, name + " took " + duration);
      assertEquals(1, batchOf(name).tracking().size());
    }
    assertEquals("ui_spa", batchOf("transition_spa_to_spa_products").meta().get("state").asText());
    assertEquals("ui_spa_products_id", batchOf("transition_spa_products_id_to_spa_cart").meta().get("state").asText());
    browser.run("log.info('later', {}); log.flush();");
    arrivals.awaitEvent("later", 5000);
    assertEquals("ui_spa_cart", batchOf("later").meta().get("state").asText());
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void aNavigationThatKeepsTheRouteIsNoTransition(Browser browser) throws InterruptedException {
    openApp(browser, "", "{autoTransitions: true}");
    browser.run("history.replaceState({}, '', '/spa/?q=shoes');");
    Thread.sleep(300);

    browser.click("#cart");

    arrivals.awaitEvent("transition_spa_to_spa_cart", 5000);
    assertEquals(List.of("transition_spa_to_spa_cart"), transitionNames());
    assertTrue(event("transition_spa_to_spa_cart").payload().get("duration").asDouble() < 300,
        "measured from the click, not from the query's change");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void backIsATransitionToo(Browser browser) {
    openApp(browser, "", "{autoTransitions: true}");
    browser.click("#cart");
    arrivals.awaitEvent("transition_spa_to_spa_cart", 5000);

    browser.run("history.back();");

    arrivals.awaitEvent("transition_spa_cart_to_spa", 5000);
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS))
  void withoutTheNavigationApiHistoryIsWrappedAndPutBackOnDestroy(Browser browser) {
    openApp(browser, "delete window.navigation; window.nativePush = history.pushState;", "{autoTransitions: true}");
    assertEquals(false, browser.eval("history.pushState === nativePush"));

    browser.click("#products");
    arrivals.awaitEvent("transition_spa_to_spa_products", 5000);
    browser.run("history.back();");
    arrivals.awaitEvent("transition_spa_products_to_spa", 5000);
    browser.run("log.destroy();");

    assertEquals(true, browser.eval("history.pushState === nativePush"));
  }

  @CrossBrowser(cannot = {@Cannot(engine = Engine.HTMLUNIT, why = NEVER_PAINTS), @Cannot(engine = Engine.WEBKIT, why = "WebKitGTK 2.50 has no Navigation API")})
  void withTheNavigationApiNothingIsWrapped(Browser browser) {
    openApp(browser, "window.nativePush = history.pushState;", "{autoTransitions: true}");

    assertEquals(true, browser.eval("typeof navigation === 'object' && history.pushState === nativePush"));
    browser.click("#products");
    arrivals.awaitEvent("transition_spa_to_spa_products", 5000);
  }

  @CrossBrowser
  void inStartModeTheNavigationStartsAndThePageEnds(Browser browser) throws InterruptedException {
    openApp(browser, "", "{autoTransitions: 'start'}");

    browser.click("#products");
    Thread.sleep(300);
    assertEquals(List.of(), transitionNames(), "no end at the paint");
    browser.run("log.endTransition();");

    arrivals.awaitEvent("transition_spa_to_spa_products", 5000);
    assertTrue(event("transition_spa_to_spa_products").payload().get("duration").asDouble() >= 300);
  }

  @CrossBrowser
  void afterDestroyANavigationIsNoTransition(Browser browser) throws InterruptedException {
    openApp(browser, "", "{autoTransitions: true}");
    browser.run("log.destroy();");

    browser.click("#products");
    Thread.sleep(300);
    browser.run("log.info('marker', {}); log.flush();");
    arrivals.awaitEvent("marker", 5000);

    assertEquals(List.of("marker"), arrivals.names());
  }
}
