package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which of our bundles each page of the render benchmark loads, and how it gets the global zoid. */
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
    assertEquals("/lib/zoid_10_frame.js", RenderLibrary.ZOID_10_FRAME.url());
    assertEquals("/lib/xwindow_child.js", RenderLibrary.XWINDOW_CHILD.url());
  }

  @Test
  void theFullBuildRowLoadsTheFullBuildOnBothPages(@TempDir Path root) throws Exception {
    Path zoid = built(root, "xcomponent/target/zoid.js");
    built(root, "xcomponent/target/zoid-child.js");

    RenderLibrary.Scripts scripts = RenderLibrary.XWINDOW.locate(root);

    assertEquals(zoid, scripts.parent().file());
    assertEquals(zoid, scripts.child().file());
  }

  @Test
  void theChildBuildRowLoadsZoidChildJsOnTheChildPageAndZoidJsOnTheParentPage(@TempDir Path root) throws Exception {
    Path zoid = built(root, "xcomponent/target/zoid.js");
    Path zoidChild = built(root, "xcomponent/target/zoid-child.js");
    built(root, "xcomponent/target/xcomponent-child.js");

    RenderLibrary.Scripts scripts = RenderLibrary.XWINDOW_CHILD.locate(root);

    assertEquals(zoid, scripts.parent().file());
    assertEquals(zoidChild, scripts.child().file());
    assertFalse(scripts.child().namedByPage());
  }

  @Test
  void withoutZoidChildJsXcomponentChildJsIsNamedZoidByTheChildPage(@TempDir Path root) throws Exception {
    Path xcomponentChild = built(root, "xcomponent/target/xcomponent-child.js");

    RenderLibrary.Script script = RenderLibrary.oursForTheChild(root);

    assertEquals(xcomponentChild, script.file());
    assertEquals("window.zoid = window.xcomponent;", script.afterLoad());
  }

  @Test
  void theChildBuildRowIsNotBuiltWithoutEitherOfItsBuilds(@TempDir Path root) throws Exception {
    built(root, "xcomponent/target/zoid.js");
    assertNull(RenderLibrary.XWINDOW_CHILD.locate(root));
    assertNotNull(RenderLibrary.XWINDOW.locate(root));

    Path other = Files.createDirectories(root.resolve("other"));
    built(other, "xcomponent/target/zoid-child.js");
    assertNull(RenderLibrary.XWINDOW_CHILD.locate(other));
  }

  @Test
  void aRowNotBuiltNamesTheFilesItLookedFor() {
    assertEquals("neither `xcomponent/target/zoid.js` nor `xcomponent/target/xcomponent.js` exists "
        + "(`mvn install` builds them)", RenderLibrary.XWINDOW.notBuilt());
    assertEquals("neither `xcomponent/target/zoid.js` nor `xcomponent/target/xcomponent.js` exists, "
        + "or neither `xcomponent/target/zoid-child.js` nor `xcomponent/target/xcomponent-child.js` does "
        + "(`mvn install` builds them)", RenderLibrary.XWINDOW_CHILD.notBuilt());
  }
}
