package io.xwindow.xcomponent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Globals;
import io.xwindow.testkit.Origins;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A partner page that loads xcomponent.js sees one new global, xcomponent, and nothing else; one
 * that loads zoid.js sees only zoid, with the same API.
 */
class BundleGlobalsTest {
  @RegisterExtension static Origins origins = new Origins();

  @CrossBrowser
  void xcomponentAddsOnlyItsOwnGlobal(Browser browser) {
    origins.a().bundle("xcomponent.js");

    List<String> added = Globals.addedBy(browser, origins.a(), "/bundles/xcomponent.js");

    assertEquals(List.of("xcomponent"), added);
    assertEquals(XComponent.VERSION, browser.string("xcomponent.version"));
  }

  @CrossBrowser
  void zoidAddsOnlyItsOwnGlobalWithTheSameApi(Browser browser) {
    origins.a().bundle("zoid.js");

    List<String> added = Globals.addedBy(browser, origins.a(), "/bundles/zoid.js");

    assertEquals(List.of("zoid"), added);
    assertEquals("create,destroy,destroyAll,destroyComponents,isChild,version,CONTEXT,EVENT,"
            + "PROP_TYPE,PROP_SERIALIZATION,CLOSE_REASON",
        browser.string("Object.keys(zoid).join(',')"));
    assertEquals("zoid-rendered", browser.string("zoid.EVENT.RENDERED"));
  }
}
