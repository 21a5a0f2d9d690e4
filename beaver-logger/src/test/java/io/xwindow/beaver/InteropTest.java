package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.BeaverExpressEndpoint;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.NpmPackage;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wire both ways with the published beaver-logger 4 and 5: our beaver-logger.js against their
 * Express endpoint (run by Node), and their clients against our endpoint.
 */
class InteropTest {
  static final List<String> BEAVERS = List.of("beaver-logger@4.0.36", "@krakenjs/beaver-logger@5.8.1");

  @RegisterExtension @Order(1) static Origins origins = new Origins();
  @RegisterExtension @Order(2) static Arrivals arrivals = new Arrivals(origins);

  @CrossBrowser
  void ourClientLogsToBeaversOwnEndpoint(Browser browser) {
    for (String beaver : BEAVERS) {
      try (BeaverExpressEndpoint theirs = BeaverExpressEndpoint.recording(beaver)) {
        origins.a().bundle("beaver-logger.js").page("/ours.html",
            "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\">"
                + "<script src=\"/bundles/beaver-logger.js\"></script></head><body><script>"
                + "window.log = beaver.Logger({url: '" + theirs.url() + "', logLevel: 'silent', prefix: 'app'});"
                + "</script></body></html>");
        browser.open(origins.a().url("/ours.html"));
        browser.run("log.info('hello world', {zero: 0}); log.flush().then(function () { window.sent = true; });");
        browser.waitFor("window.sent === true");

        long deadline = System.currentTimeMillis() + 5000;
        while (!theirs.arrivedJson().contains("app_hello_world") && System.currentTimeMillis() < deadline) {
          Thread.onSpinWait();
        }
        String arrived = theirs.arrivedJson();
        assertTrue(arrived.contains("\"level\":\"info\",\"name\":\"app_hello_world\""), beaver + ": " + arrived);
        assertTrue(arrived.contains("\"zero\":0"), beaver + ": " + arrived);
      }
    }
  }

  @CrossBrowser
  void beaversOwnClientsLogToOurEndpoint(Browser browser) {
    for (String beaver : BEAVERS) {
      arrivals.clear();
      origins.b()
          .script("/beaver.min.js", NpmPackage.published(beaver).file("dist/beaver-logger.min.js"))
          .page("/theirs.html",
              "<!doctype html><html><head><link rel=\"icon\" href=\"data:,\">"
                  + "<script src=\"/beaver.min.js\"></script></head><body><script>"
                  + "window.log = beaver.Logger({url: '" + arrivals.url + "', logLevel: 'error'});"
                  + "</script></body></html>");
      browser.open(origins.b().url("/theirs.html"));
      browser.run("log.info('from beaver', {n: 1}); log.track({t: 1}); log.flush();");

      arrivals.awaitEvent("from_beaver", 5000);

      assertEquals(List.of("from_beaver"), arrivals.names(), beaver);
      assertEquals(1, arrivals.events().get(0).payload().get("n").asInt(), beaver);
      assertEquals(1, arrivals.batches.get(0).tracking().size(), beaver);
    }
  }
}
