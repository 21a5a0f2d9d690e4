package io.xwindow.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Globals;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A partner page that loads memcookies.js sees one new global, memcookies, and nothing else. */
class BundleGlobalsTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void addsOnlyItsOwnGlobal(Browser browser) {
    origins.a().bundle("memcookies.js");

    List<String> added = Globals.addedBy(browser, origins.a(), "/bundles/memcookies.js");

    assertEquals(List.of("memcookies"), added);
    assertEquals(MemCookies.VERSION, browser.string("memcookies.version"));
  }
}
