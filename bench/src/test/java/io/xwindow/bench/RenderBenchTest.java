package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the render section lists the files its pages load. */
class RenderBenchTest {
  private static final RenderLibrary.Script ZOID = new RenderLibrary.Script(Path.of("zoid.min.js"), false);
  private static final RenderLibrary.Script FRAME = new RenderLibrary.Script(Path.of("zoid.frame.min.js"), false);
  private static final RenderLibrary.Script OURS = new RenderLibrary.Script(Path.of("zoid.js"), false);
  private static final RenderLibrary.Script OURS_CHILD = new RenderLibrary.Script(Path.of("zoid-child.js"), false);

  private static List<String> listed(Map<RenderLibrary, RenderLibrary.Scripts> scripts) throws Exception {
    return RenderBench.listed(scripts,
        (library, script, childPageOnly) -> script.file() + (childPageOnly ? " (child page only)" : ""));
  }

  @Test
  void eachFileIsListedOnceAndAChildPagesOwnBuildSaysSo() throws Exception {
    Map<RenderLibrary, RenderLibrary.Scripts> scripts = new EnumMap<>(RenderLibrary.class);
    scripts.put(RenderLibrary.ZOID_10, RenderLibrary.Scripts.same(ZOID));
    scripts.put(RenderLibrary.XWINDOW, RenderLibrary.Scripts.same(OURS));
    scripts.put(RenderLibrary.ZOID_10_FRAME, new RenderLibrary.Scripts(ZOID, FRAME));
    scripts.put(RenderLibrary.XWINDOW_CHILD, new RenderLibrary.Scripts(OURS, OURS_CHILD));

    assertEquals(List.of("zoid.min.js", "zoid.js", "zoid.frame.min.js (child page only)",
        "zoid-child.js (child page only)"), listed(scripts));
  }

  @Test
  void aRowNotBuiltIsListedByItsLabel() throws Exception {
    Map<RenderLibrary, RenderLibrary.Scripts> scripts = new EnumMap<>(RenderLibrary.class);
    scripts.put(RenderLibrary.ZOID_10, RenderLibrary.Scripts.same(ZOID));
    scripts.put(RenderLibrary.XWINDOW, null);
    scripts.put(RenderLibrary.ZOID_10_FRAME, new RenderLibrary.Scripts(ZOID, FRAME));
    scripts.put(RenderLibrary.XWINDOW_CHILD, null);

    assertEquals(List.of("zoid.min.js", "xwindow (not built)", "zoid.frame.min.js (child page only)",
        "xwindow, child's build (not built)"), listed(scripts));
  }
}
