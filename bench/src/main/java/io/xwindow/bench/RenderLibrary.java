package io.xwindow.bench;

import io.xwindow.testkit.NpmPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A row of the render benchmark: the library the same component runs with under the global zoid,
 * and which of its builds each page loads. The parent page always loads the full build; the child
 * page, the component's own, loads the full build too, or the build made for such a page.
 */
enum RenderLibrary {
  /** zoid 10.6.0, the library xcomponent.js replaces: its plain minified UMD build (global zoid) on both pages. */
  ZOID_10("zoid 10.6.0", false),
  /** Ours: xcomponent/target/zoid.js, or else xcomponent.js with its global named zoid, on both pages. */
  XWINDOW("xwindow", false),
  /** zoid 10.6.0's frame build on the child page, its full build on the parent page. */
  ZOID_10_FRAME("zoid 10.6.0, frame build", true),
  /** Our child's build on the child page (zoid-child.js, or else xcomponent-child.js), our full build on the parent page. */
  XWINDOW_CHILD("xwindow, child's build", true);

  /** zoid 10.6.0 on npm. */
  static final String ZOID_SPEC = "@krakenjs/zoid@10.6.0";
  /** The build of zoid 10.6.0 served: the build the bundle sizes compare (28,042 B gzipped). */
  static final String ZOID_FILE = "dist/zoid.min.js";
  /** zoid 10.6.0's build for a component's own page (25,277 B gzipped). */
  static final String ZOID_FRAME_FILE = "dist/zoid.frame.min.js";
  /** Our build under the global zoid, from the project root. */
  static final String OUR_ZOID = "xcomponent/target/zoid.js";
  /** Our build under the global xcomponent, from the project root. */
  static final String OUR_XCOMPONENT = "xcomponent/target/xcomponent.js";
  /** Our child's build under the global zoid, from the project root. */
  static final String OUR_ZOID_CHILD = "xcomponent/target/zoid-child.js";
  /** Our child's build under the global xcomponent, from the project root. */
  static final String OUR_XCOMPONENT_CHILD = "xcomponent/target/xcomponent-child.js";

  /** What the results call it. */
  final String label;
  /** Whether the child page loads the build made for it rather than the parent page's. */
  final boolean childBuild;

  RenderLibrary(String label, boolean childBuild) {
    this.label = label;
    this.childBuild = childBuild;
  }

  /** The path both pages load this row's library from (each site serves its own page's build). */
  String url() {
    return "/lib/" + name().toLowerCase(Locale.ROOT) + ".js";
  }

  /**
   * What each page loads for this row, zoid fetched from npm if needed; null when one of ours is
   * not built.
   */
  Scripts locate(Path root) {
    return switch (this) {
      case ZOID_10 -> Scripts.same(zoid(ZOID_FILE));
      case ZOID_10_FRAME -> new Scripts(zoid(ZOID_FILE), zoid(ZOID_FRAME_FILE));
      case XWINDOW -> Scripts.of(ours(root), ours(root));
      case XWINDOW_CHILD -> Scripts.of(ours(root), oursForTheChild(root));
    };
  }

  /** Why {@link #locate} found nothing for this row: the files of ours it looked for. */
  String notBuilt() {
    String full = "neither `" + OUR_ZOID + "` nor `" + OUR_XCOMPONENT + "` exists";
    return (childBuild ? full + ", or neither `" + OUR_ZOID_CHILD + "` nor `" + OUR_XCOMPONENT_CHILD + "` does" : full)
        + " (`mvn install` builds them)";
  }

  private static Script zoid(String file) {
    return new Script(NpmPackage.published(ZOID_SPEC).file(file), false);
  }

  /**
   * Our bundle in {@code root}: zoid.js, the build meant for pages that used zoid; else
   * xcomponent.js, given the global zoid by the page; null when neither is built.
   */
  static Script ours(Path root) {
    return either(root, OUR_ZOID, OUR_XCOMPONENT);
  }

  /** Our child's build in {@code root}, chosen as {@link #ours} chooses: zoid-child.js, else xcomponent-child.js. */
  static Script oursForTheChild(Path root) {
    return either(root, OUR_ZOID_CHILD, OUR_XCOMPONENT_CHILD);
  }

  private static Script either(Path root, String underZoid, String underXcomponent) {
    Path zoid = root.resolve(underZoid);
    if (Files.isRegularFile(zoid)) {
      return new Script(zoid, false);
    }
    Path xcomponent = root.resolve(underXcomponent);
    return Files.isRegularFile(xcomponent) ? new Script(xcomponent, true) : null;
  }

  /** What a row's two pages load: the parent page's script, and the child page's. */
  record Scripts(Script parent, Script child) {
    /** The same script on both pages. */
    static Scripts same(Script script) {
      return new Scripts(script, script);
    }

    /** Both, or null when either is missing. */
    static Scripts of(Script parent, Script child) {
      return parent == null || child == null ? null : new Scripts(parent, child);
    }
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
