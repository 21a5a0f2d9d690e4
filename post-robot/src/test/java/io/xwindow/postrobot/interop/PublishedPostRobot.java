package io.xwindow.postrobot.interop;

import io.xwindow.testkit.NpmPackage;
import java.nio.file.Path;

/** The published post-robot releases our {@code post-robot.js} must talk with. */
enum PublishedPostRobot {
  /** The newest unscoped release. */
  POST_ROBOT_10_0_46("post-robot@10.0.46", "__post_robot_10_0_46__"),
  /** The release zoid 9 embeds (zoid@9.0.86's own build speaks {@code __post_robot_10_0_44__}). */
  POST_ROBOT_10_0_44("post-robot@10.0.44", "__post_robot_10_0_44__"),
  /**
   * The scoped release zoid 10 depends on. zoid 10 builds it from source with the key {@code
   * __post_robot_11_0_0__}, but the package's own browser build was made before the version bump
   * and speaks {@code __post_robot_10_0_47__}.
   */
  KRAKENJS_POST_ROBOT_11_0_0("@krakenjs/post-robot@11.0.0", "__post_robot_10_0_47__");

  /**
   * The build a page loads with a script tag: a UMD bundle that defines the global {@code
   * postRobot} when the page has no AMD or CommonJS loader; the one without the IE popup bridge.
   * The same path in all three releases.
   */
  static final String BROWSER_BUILD = "dist/post-robot.min.js";

  /** What {@code npm pack} is given. */
  final String spec;
  /** The envelope key its browser build posts and reads. */
  final String key;

  PublishedPostRobot(String spec, String key) {
    this.spec = spec;
    this.key = key;
  }

  /** The browser build, fetched from the npm registry on first use. */
  Path build() {
    return NpmPackage.published(spec).file(BROWSER_BUILD);
  }

  @Override
  public String toString() {
    return spec;
  }
}
