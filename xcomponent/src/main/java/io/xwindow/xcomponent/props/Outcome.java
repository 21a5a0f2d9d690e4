package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.XComponentError;

/**
 * A value, or the typed error that stopped it: how every rule here answers. Errors are returned,
 * not thrown, because J2CL's exception runtime costs bundle size and because a failed check is an
 * expected answer, not a crash.
 */
public final class Outcome<T> {
  private final T value;
  private final XComponentError error;

  private Outcome(T value, XComponentError error) {
    this.value = value;
    this.error = error;
  }

  public static <T> Outcome<T> ok(T value) {
    return new Outcome<T>(value, null);
  }

  public static <T> Outcome<T> fail(XComponentError error) {
    return new Outcome<T>(null, error);
  }

  /** True when there is an {@link #error()} and no value. */
  public boolean failed() {
    return error != null;
  }

  /** The value; null when {@link #failed()}. */
  public T value() {
    return value;
  }

  /** The error (its {@code code} one of {@code ErrorCode}); null when it did not fail. */
  public XComponentError error() {
    return error;
  }
}
