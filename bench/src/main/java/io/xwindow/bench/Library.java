package io.xwindow.bench;

import io.xwindow.testkit.NpmPackage;
import io.xwindow.testkit.Bundles;
import java.nio.file.Path;
import java.util.Locale;

/** A messaging library a benchmark page loads: one published on npm, or our own bundle. */
enum Library {
  /** No library: the page uses the browser's API directly. */
  NONE(null, null, null),
  /** post-robot 10, the library xwindow replaces: its plain minified UMD build. */
  POST_ROBOT_10("post-robot 10", "post-robot@10.0.46", "dist/post-robot.min.js"),
  /** penpal 7, the fastest in the field: its minified IIFE build, which defines the global Penpal. */
  PENPAL_7("penpal 7", "penpal@7.0.6", "dist/penpal.min.js"),
  /** comlink 4: its minified UMD build, which defines the global Comlink. */
  COMLINK_4("comlink 4", "comlink@4.4.2", "dist/umd/comlink.min.js"),
  /** Ours: post-robot.js as built in post-robot/target, global postRobot. */
  XWINDOW("xwindow", null, "post-robot.js");

  /** What the results call it. */
  final String label;
  /** The npm package and exact version, or null for ours. */
  final String npmSpec;
  /** The file served: in the npm package, or our bundle's name. */
  final String file;

  Library(String label, String npmSpec, String file) {
    this.label = label;
    this.npmSpec = npmSpec;
    this.file = file;
  }

  /** The path a page loads this library from. */
  String url() {
    return "/lib/" + name().toLowerCase(Locale.ROOT) + ".js";
  }

  /** The script file, fetched from npm if needed; null for {@link #NONE}. */
  Path locate() {
    if (this == NONE) {
      return null;
    }
    return npmSpec == null ? Bundles.path(file) : NpmPackage.published(npmSpec).file(file);
  }
}
