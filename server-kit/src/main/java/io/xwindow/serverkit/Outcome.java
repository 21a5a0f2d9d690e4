package io.xwindow.serverkit;

import java.util.Objects;
import java.util.function.Function;

/**
 * A value, or the error that stopped it: the server modules return a failure with what failed,
 * never throw it (a malformed cookie jar, a malformed log batch), so no caller forgets one.
 *
 * <pre>{@code
 * Outcome<Batch, String> read = reader.read(body, length);
 * if (!read.isOk()) refuse(read.error());
 * }</pre>
 *
 * @param <T> the value
 * @param <E> the error: a module's typed error, or a reason for people
 */
public final class Outcome<T, E> {
  private final T value;
  private final E error;

  private Outcome(T value, E error) {
    this.value = value;
    this.error = error;
  }

  /** A value. */
  public static <T, E> Outcome<T, E> ok(T value) {
    return new Outcome<>(Objects.requireNonNull(value), null);
  }

  /** A failure. */
  public static <T, E> Outcome<T, E> failed(E error) {
    return new Outcome<>(null, Objects.requireNonNull(error));
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
  public E error() {
    if (error == null) {
      throw new IllegalStateException("no error");
    }
    return error;
  }

  /** The value mapped by {@code f}, or the same error. */
  public <U> Outcome<U, E> map(Function<T, U> f) {
    return error == null ? ok(f.apply(value)) : new Outcome<>(null, error);
  }

  @Override
  public String toString() {
    return error == null ? "ok(" + value + ")" : "failed(" + error + ")";
  }
}
