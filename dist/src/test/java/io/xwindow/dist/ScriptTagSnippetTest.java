package io.xwindow.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.HttpString;
import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.CrossBrowser;
import io.xwindow.testkit.Html;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.Origins;
import io.xwindow.testkit.Readme;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's script tags, as a partner page copies them: each loads, with its integrity checked
 * by the browser, from a CDN that serves the package as npm has it (here a local one, at the
 * README's paths, with the CORS header a CDN sends), and defines its global (an add-on registers
 * itself).
 */
@Tag(Lane.BUNDLE)
class ScriptTagSnippetTest {
  @RegisterExtension static Origins origins = new Origins();

  private static Undertow cdn;
  private static String cdnOrigin;

  @BeforeAll
  static void startCdn() {
    String prefix = "/npm/xwindow@" + Npm.version() + "/";
    ResourceHandler files = new ResourceHandler(new PathResourceManager(Npm.packageFolder()));
    cdn = Undertow.builder().addHttpListener(0, "127.0.0.3").setHandler(exchange -> {
      exchange.getResponseHeaders().put(new HttpString("Access-Control-Allow-Origin"), "*");
      if (!exchange.getRelativePath().startsWith(prefix)) {
        exchange.setStatusCode(404);
        return;
      }
      exchange.setRelativePath(exchange.getRelativePath().substring(prefix.length() - 1));
      files.handleRequest(exchange);
    }).build();
    cdn.start();
    cdnOrigin = "http://127.0.0.3:" + ((InetSocketAddress) cdn.getListenerInfo().get(0).getAddress()).getPort();
  }

  @AfterAll
  static void stopCdn() {
    cdn.stop();
  }

  @CrossBrowser
  void eachTagLoadsWithItsIntegrityAndDefinesItsGlobal(Browser browser) throws IOException {
    // a snapshot's README may show an earlier build's integrity (see ScriptTagLines): the page
    // has this build's, which the browser checks; a release's README is loaded as it is
    String generated = Files.readString(Bundles.root().resolve("dist/target/script-tags.html"));
    String tags = ScriptTagLines.asLoadable(Readme.snippet("script-tags"), generated, Npm.version())
        .replace("https://cdn.jsdelivr.net", cdnOrigin);
    origins.a().page("/partner.html", Html.page(tags));

    browser.open(origins.a().url("/partner.html"));

    for (String global : new String[] {"postRobot", "xcomponent", "zoid", "beaver", "memcookies"}) {
      assertEquals(Npm.version(), browser.string("window." + global + " && " + global + ".version"), global);
    }
    // beaver-logger's add-ons define no global: each is registered under its key
    for (String addOn : Npm.addOns()) {
      assertEquals("function", browser.string("typeof window[Symbol.for('xwindow." + addOn + "')]"), addOn);
    }
  }
}
