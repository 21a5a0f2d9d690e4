package io.xwindow.beaver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Lane;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundle loads where there is no window (server-side rendering in Node): loading it touches
 * nothing of a page; only making a logger does.
 */
@Tag(Lane.NODE)
@Tag(Lane.BUNDLE)
class ServerSideRenderingTest {
  @Test
  void theBundleLoadsInNodeWithoutAWindow() throws Exception {
    String script =
        "const src = require('fs').readFileSync(process.argv[1], 'utf8');"
            + "const exported = {};"
            + "new Function(src).call(exported);"
            + "console.log(typeof window, typeof exported.beaver.Logger, exported.beaver.LOG_LEVEL.WARN);";
    Process node =
        new ProcessBuilder(List.of("node", "-e", script, Bundles.path("beaver-logger.js").toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

    assertEquals(0, node.waitFor(), output);
    assertEquals("undefined function warn", output);
  }
}
