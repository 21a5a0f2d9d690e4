package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.ScriptErrors;
import io.xwindow.testkit.Site;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render benchmark's pages: each loads its own script of the row, from its own site. */
class RenderPagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static String get(String url) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), url);
    return response.body();
  }

  @Test
  void theChildPageLoadsTheChildsScriptAndTheParentPageItsOwn(@TempDir Path folder) throws Exception {
    Path full = Files.writeString(folder.resolve("zoid.js"), "/* the full build */");
    Path child = Files.writeString(folder.resolve("xcomponent-child.js"), "/* the child's build */");
    ScriptErrors errors = new ScriptErrors();
    try (Site parentSite = new Site("127.0.0.1", "127.0.0.1", errors);
        Site childSite = new Site("localhost", "127.0.0.1", errors)) {
      RenderPages pages = new RenderPages(parentSite, childSite, RenderPlan.STANDARD);

      String parentUrl = pages.serve(RenderLibrary.XWINDOW_CHILD,
          new RenderLibrary.Scripts(new RenderLibrary.Script(full, false), new RenderLibrary.Script(child, true)));

      String script = RenderLibrary.XWINDOW_CHILD.url();
      assertEquals("/* the full build */", get(parentSite.url(script)));
      assertEquals("/* the child's build */", get(childSite.url(script)));
      String parentPage = get(parentUrl);
      String childPage = get(childSite.url("/render/xwindow_child/child.html"));
      assertTrue(parentPage.contains(script), parentPage);
      assertFalse(parentPage.contains("window.zoid = window.xcomponent;"), parentPage);
      assertTrue(childPage.contains(script), childPage);
      assertTrue(childPage.contains("window.zoid = window.xcomponent;"), childPage);
    }
  }
}
