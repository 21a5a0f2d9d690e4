package io.xwindow.xcomponent.interop;

import io.xwindow.testkit.NpmPackage;
import java.nio.file.Path;

/** The published zoid 10 releases our components must talk with, both ways. */
enum PublishedZoid {
  ZOID_10_6_0("@krakenjs/zoid@10.6.0"),
  ZOID_10_5_2("@krakenjs/zoid@10.5.2");

  /** The production build a page loads with a script tag: it defines the global {@code zoid}. */
  static final String BROWSER_BUILD = "dist/zoid.min.js";

  final String spec;

  PublishedZoid(String spec) {
    this.spec = spec;
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
