package io.xwindow.beaver;

import jsinterop.annotations.JsType;

/**
 * The `beaver` global of `beaver-logger.js`. The module is at its first step: the bundle builds, loads
 * on a partner page and defines only this global; its API comes with the module's issue.
 */
@JsType
public final class Beaver {
  /** The version of xwindow this bundle was built from. */
  public static final String VERSION = "0.1.0";

  private Beaver() {}

  /** The version of xwindow this bundle was built from, e.g. {@code "0.1.0"}. */
  public static String version() {
    return VERSION;
  }
}
