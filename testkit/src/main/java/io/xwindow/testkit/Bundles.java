package io.xwindow.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/** Where each shipped bundle is built: {@code <module>/target/<name>}, from the project root. */
public final class Bundles {
  private static final Map<String, String> MODULE_OF =
      Map.ofEntries(
          Map.entry("probe.js", "testkit-probe"),
          Map.entry("post-robot.js", "post-robot"),
          Map.entry("xcomponent.js", "xcomponent"),
          Map.entry("zoid.js", "xcomponent"),
          Map.entry("xcomponent-child.js", "xcomponent"),
          Map.entry("zoid-child.js", "xcomponent"),
          Map.entry("beaver-logger.js", "beaver-logger"),
          Map.entry("beaver-vitals.js", "beaver-logger"),
          Map.entry("beaver-transitions.js", "beaver-logger"),
          Map.entry("memcookies.js", "memcookies-server/client"),
          Map.entry("samples-java.js", "samples/java"));

  private Bundles() {}

  /** The built file of bundle {@code name}; fails with a hint when it was not built. */
  public static Path path(String name) {
    Lane.require(Lane.BUNDLE, "the built bundle " + name);
    String module = MODULE_OF.get(name);
    if (module == null) {
      throw new IllegalArgumentException("unknown bundle " + name + "; known: " + MODULE_OF.keySet());
    }
    Path file = root().resolve(module).resolve("target").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: build it first (mvn package from the project root)");
    }
    return file;
  }

  /**
   * The project root: the {@code xwindow.root} system property (Surefire sets it), else the
   * nearest folder upwards from the working directory that holds {@code .ci/run}.
   */
  public static Path root() {
    String configured = System.getProperty("xwindow.root");
    if (configured != null && !configured.isEmpty()) {
      return Paths.get(configured).toAbsolutePath();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(".ci/run"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the project root (a folder with .ci/run)");
  }
}
