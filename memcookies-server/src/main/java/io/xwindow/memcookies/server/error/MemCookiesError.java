package io.xwindow.memcookies.server.error;

import io.xwindow.serverkit.Outcome;
import java.util.Objects;

/**
 * A rejection: a stable {@link ErrorCode} and a detail for logs that never holds a secret (no
 * value, no key). Made only through {@link #of}.
 */
public final class MemCookiesError {
  private final ErrorCode code;
  private final String detail;

  private MemCookiesError(ErrorCode code, String detail) {
    this.code = Objects.requireNonNull(code);
    this.detail = Objects.requireNonNull(detail);
  }

  /** The one factory of errors, e.g. {@code MemCookiesError.of(ErrorCode.TOO_LARGE, "51 cookies")}. */
  public static MemCookiesError of(ErrorCode code, String detail) {
    return new MemCookiesError(code, detail);
  }

  /** A failed {@link Outcome} with this error, e.g. {@code MemCookiesError.failed(ErrorCode.MALFORMED, "not JSON")}. */
  public static <T> Outcome<T, MemCookiesError> failed(ErrorCode code, String detail) {
    return Outcome.failed(of(code, detail));
  }

  public ErrorCode code() {
    return code;
  }

  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return code + ": " + detail;
  }
}
