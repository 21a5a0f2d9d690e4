package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Globals;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A partner page that loads beaver-logger.js sees one new global, beaver, and nothing else; its add-ons, beaver-vitals.js and beaver-transitions.js, add none. */
class BundleGlobalsTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void addsOnlyItsOwnGlobal(Browser browser) {
    origins.a().bundle("beaver-logger.js");

    List<String> added = Globals.addedBy(browser, origins.a(), "/bundles/beaver-logger.js");

    assertEquals(List.of("beaver"), added);
    assertEquals(Beaver.VERSION, browser.string("beaver.version"));
  }

  @CrossBrowser
  void theWebVitalsAddOnAddsNoGlobal(Browser browser) {
    origins.a().bundle("beaver-vitals.js");

    assertEquals(List.of(), Globals.addedBy(browser, origins.a(), "/bundles/beaver-vitals.js"));
  }

  @CrossBrowser
  void theTransitionsAddOnAddsNoGlobal(Browser browser) {
    origins.a().bundle("beaver-transitions.js");

    assertEquals(List.of(), Globals.addedBy(browser, origins.a(), "/bundles/beaver-transitions.js"));
  }
}
