package io.xwindow.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root, the folder every benchmark reads bundles from and writes results to. */
final class ProjectRoot {
  private ProjectRoot() {}

  /**
   * The nearest folder holding {@code .ci/run}, searched upwards from {@code -Dxwindow.root}, else
   * from the working directory. Searched even from the property, because Maven, run from bench/ in a
   * tree without a .mvn folder, gives bench/ as multiModuleProjectDirectory.
   */
  static Path find() {
    String property = System.getProperty("xwindow.root", "");
    Path start = Path.of(property).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".ci/run"))) {
        return dir;
      }
    }
    if (!property.isBlank()) {
      return start; // an explicit root is trusted even without the marker
    }
    throw new IllegalStateException("No .ci/run in " + start + " or above; pass -Dxwindow.root=<project root>");
  }
}
