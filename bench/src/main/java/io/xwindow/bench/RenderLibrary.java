package io.xwindow.bench;

import io.xwindow.testkit.NpmPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A component library the render benchmark runs the same component with, under the global zoid. */
enum RenderLibrary {
  /** zoid 10.6.0, the library xcomponent.js replaces: its plain minified UMD build (global zoid). */
  ZOID_10("zoid 10.6.0"),
  /** Ours: xcomponent/target/zoid.js, or else xcomponent.js with its global named zoid. */
  XWINDOW("xwindow");

  /** zoid 10.6.0 on npm. */
  static final String ZOID_SPEC = "@krakenjs/zoid@10.6.0";
  /** The build of zoid 10.6.0 served: the build the bundle sizes compare (28,042 B gzipped). */
  static final String ZOID_FILE = "dist/zoid.min.js";
  /** Our build under the global zoid, from the project root. */
  static final String OUR_ZOID = "xcomponent/target/zoid.js";
  /** Our build under the global xcomponent, from the project root. */
  static final String OUR_XCOMPONENT = "xcomponent/target/xcomponent.js";

  /** What the results call it. */
  final String label;

  RenderLibrary(String label) {
    this.label = label;
  }

  /** The path a page loads this library from. */
  String url() {
    return "/lib/" + name().toLowerCase(Locale.ROOT) + ".js";
  }

  /**
   * What a page loads for this library, zoid fetched from npm if needed; null when ours is not
   * built.
   */
  Script locate(Path root) {
    if (this == ZOID_10) {
      return new Script(NpmPackage.published(ZOID_SPEC).file(ZOID_FILE), false);
    }
    return ours(root);
  }

  /**
   * Our bundle in {@code root}: zoid.js, the build meant for pages that used zoid; else
   * xcomponent.js, given the global zoid by the page; null when neither is built.
   */
  static Script ours(Path root) {
    Path zoid = root.resolve(OUR_ZOID);
    if (Files.isRegularFile(zoid)) {
      return new Script(zoid, false);
    }
    Path xcomponent = root.resolve(OUR_XCOMPONENT);
    return Files.isRegularFile(xcomponent) ? new Script(xcomponent, true) : null;
  }

  /**
   * A library's script as a page loads it.
   *
   * @param file the script file
   * @param namedByPage whether it defines the global xcomponent, which the page then also names zoid
   */
  record Script(Path file, boolean namedByPage) {
    /** JavaScript the page runs after loading the script, so that the global zoid is the library. */
    String afterLoad() {
      return namedByPage ? "window.zoid = window.xcomponent;" : "";
    }
  }
}
