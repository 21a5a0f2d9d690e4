package io.xwindow.beaver;

import jsinterop.annotations.JsType;

/**
 * The {@code beaver} global of {@code beaver-logger.js}: {@code beaver.Logger(options)} makes a
 * logger, as beaver-logger 4 and 5 do. From Java: {@code Beaver.logger(new Options().url("/api/log"))}.
 * Nothing touches {@code window} until a logger is made, so the script loads during server-side
 * rendering.
 */
@JsType
public final class Beaver {
  /** The version of xwindow this bundle was built from: the Maven project version. */
  public static final String VERSION = io.xwindow.base.Version.XWINDOW;

  private Beaver() {}

  /** The version of xwindow this bundle was built from, e.g. {@code "0.1.0"}. */
  public static String version() {
    return VERSION;
  }

  /** A new logger with {@code options} (see {@link Options}). */
  public static Logger logger(Options options) {
    return Logger.create(options == null ? new Options() : options);
  }
}
