package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of our bundles the render benchmark loads, and how it gets the global zoid. */
class RenderLibraryTest {

  private static Path built(Path root, String bundle) throws Exception {
    Path file = root.resolve(bundle);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "/* bundle */");
  }

  @Test
  void zoidJsIsLoadedAsItIs(@TempDir Path root) throws Exception {
    Path zoid = built(root, "xcomponent/target/zoid.js");
    built(root, "xcomponent/target/xcomponent.js");

    RenderLibrary.Script script = RenderLibrary.ours(root);

    assertEquals(zoid, script.file());
    assertFalse(script.namedByPage());
    assertEquals("", script.afterLoad());
  }

  @Test
  void withoutZoidJsXcomponentJsIsNamedZoidByThePage(@TempDir Path root) throws Exception {
    Path xcomponent = built(root, "xcomponent/target/xcomponent.js");

    RenderLibrary.Script script = RenderLibrary.ours(root);

    assertEquals(xcomponent, script.file());
    assertTrue(script.namedByPage());
    assertEquals("window.zoid = window.xcomponent;", script.afterLoad());
  }

  @Test
  void nothingWhenNeitherIsBuilt(@TempDir Path root) {
    assertNull(RenderLibrary.ours(root));
    assertNull(RenderLibrary.XWINDOW.locate(root));
  }

  @Test
  void eachLibraryHasItsOwnScriptPath() {
    assertEquals("/lib/zoid_10.js", RenderLibrary.ZOID_10.url());
    assertEquals("/lib/xwindow.js", RenderLibrary.XWINDOW.url());
  }
}
