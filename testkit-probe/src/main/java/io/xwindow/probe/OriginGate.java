package io.xwindow.probe;

/**
 * Decides whether a message event may be answered: its origin must be the one origin this
 * window trusts. Pure Java, so the rule is the same in the JVM tests and in the bundle.
 */
public final class OriginGate {
  private final String trustedOrigin;

  public OriginGate(String trustedOrigin) {
    if (trustedOrigin == null || trustedOrigin.isEmpty() || "*".equals(trustedOrigin)) {
      throw new IllegalArgumentException("a concrete origin is required, got: " + trustedOrigin);
    }
    this.trustedOrigin = trustedOrigin;
  }

  /** True when a message from {@code origin} may be answered. */
  public boolean admits(String origin) {
    return trustedOrigin.equals(origin);
  }
}
