package io.xwindow.memcookies.server;

import java.util.Objects;
import java.util.function.Function;

/** A value, or the {@link MemCookiesError} that stopped it: failures are returned, never thrown. */
public final class Outcome<T> {
  private final T value;
  private final MemCookiesError error;

  private Outcome(T value, MemCookiesError error) {
    this.value = value;
    this.error = error;
  }

  public static <T> Outcome<T> ok(T value) {
    return new Outcome<>(Objects.requireNonNull(value), null);
  }

  public static <T> Outcome<T> failed(ErrorCode code, String detail) {
    return new Outcome<>(null, MemCookiesError.of(code, detail));
  }

  public boolean isOk() {
    return error == null;
  }

  /** The value; only when {@link #isOk()}. */
  public T value() {
    if (error != null) {
      throw new IllegalStateException("no value: " + error);
    }
    return value;
  }

  /** The error; only when not {@link #isOk()}. */
  public MemCookiesError error() {
    if (error == null) {
      throw new IllegalStateException("no error");
    }
    return error;
  }

  /** The value mapped by {@code f}, or the same error. */
  public <U> Outcome<U> map(Function<T, U> f) {
    return error == null ? ok(f.apply(value)) : new Outcome<>(null, error);
  }

  @Override
  public String toString() {
    return error == null ? "ok(" + value + ")" : "failed(" + error + ")";
  }
}
