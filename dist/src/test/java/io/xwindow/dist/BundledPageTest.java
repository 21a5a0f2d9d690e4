package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Cannot;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Engine;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Readme;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The package as a front-end developer uses it: installed from the tarball into an empty folder,
 * imported by the README's three scripts (a shop's page, its payment frame and its payment card),
 * which esbuild bundles, run in Chromium across two origins: a request answered, and a component
 * rendered that calls its function prop. The README's example origins become the test's.
 */
@Tag(Lane.BUNDLE)
@Tag(Lane.NODE)
class BundledPageTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void theReadmesPagesAnswerARequestAndRenderAComponentThatCallsBack(Browser browser) {
    Path dir = Npm.consumer("bundled-page", "{\"private\":true}\n");
    for (String page : new String[] {"shop", "frame", "card"}) {
      String code = Readme.snippet("npm-" + page)
          .replace("https://shop.example", origins.a().origin())
          .replace("https://pay.example", origins.b().origin());
      Pages.serve(page.equals("shop") ? origins.a() : origins.b(), Pages.bundle(dir, page + ".js", code));
    }
    // what the scripts log, where the test reads it
    String logged = Html.inline("window.logged = []; console.log = function () {"
        + " window.logged.push(Array.prototype.join.call(arguments, ' ')); };");
    origins.a().page("/shop.html", Html.page(logged + "<iframe id='pay' src='" + origins.b().url("/frame.html")
        + "'></iframe><div id='card'></div>" + Html.script("/shop.js")));
    origins.b().page("/frame.html", Html.page(Html.script("/frame.js")));
    origins.b().page("/card.html", Html.page(Html.script("/card.js")));

    browser.open(origins.a().url("/shop.html"));
    browser.waitFor("window.logged.length === 2");

    assertEquals("paid 12,total 12", browser.string("window.logged.slice().sort().join()"));
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void theVitalsAddOnImportedForItsSideEffectServesTheLoggersModule(Browser browser) {
    // a page hide, as the page's leaving sends it: the logger reports the vitals, then sends
    assertAddOnLogs(browser, "vitals-add-on", "/vitals.html",
        "window.dispatchEvent(new Event('pagehide'));", "web_vitals");
  }

  @CrossBrowser(cannot = @Cannot(engine = Engine.HTMLUNIT, why = Pages.MODERN_SYNTAX))
  void theTransitionsAddOnImportedForItsSideEffectServesTheLoggersModule(Browser browser) {
    // a route change, as the application's router makes it: the paint after it ends the transition
    assertAddOnLogs(browser, "transitions-add-on", "/shop/",
        "history.pushState({}, '', '/shop/cart');", "transition_shop_to_shop_cart");
  }

  /**
   * Serves the page {@code name}.js, bundled with esbuild from the package as a consumer would,
   * at {@code path}; runs {@code action} once the logger is made; and asserts that a batch sent
   * after it carries {@code event}, with no warning that an add-on is missing.
   */
  private void assertAddOnLogs(Browser browser, String name, String path, String action, String event) {
    Path dir = Npm.consumer(name, "{\"private\":true}\n");
    Pages.serve(origins.a(), Pages.bundle(dir, name + ".js"));
    origins.a().page(path, Html.page("<p>" + name + "</p>" + Html.script("/" + name + ".js")));

    browser.open(origins.a().url(path));
    browser.waitFor("document.readyState === 'complete' && window.log !== undefined");
    browser.run(action);
    browser.waitFor("window.sent.length > 0");

    assertEquals("[]", browser.string("JSON.stringify(window.warned)"), "no warning that the add-on is missing");
    assertEquals("true", browser.string("window.sent.some(function (batch) { return batch.events.some(function (e) {"
        + " return e.event === '" + event + "'; }); })"), browser.string("JSON.stringify(window.sent)"));
  }
}
