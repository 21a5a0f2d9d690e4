package io.xwindow.beaver.server.wire;

import java.util.Locale;

/** beaver's four levels, from the least to the most severe. */
public enum Level {
  DEBUG,
  INFO,
  WARN,
  ERROR;

  /** The level named {@code name} as beaver writes it ({@code "warn"}), or null when it is none. */
  public static Level parse(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "debug":
        return DEBUG;
      case "info":
        return INFO;
      case "warn":
      case "warning":
        return WARN;
      case "error":
        return ERROR;
      default:
        return null;
    }
  }

  /** The name on the wire, e.g. {@code "warn"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
