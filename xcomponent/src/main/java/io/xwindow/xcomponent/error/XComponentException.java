package io.xwindow.xcomponent.error;

/**
 * What the Java API throws where JavaScript's {@code create} throws: the {@link ErrorCode} and the
 * message of the error.
 */
public final class XComponentException extends RuntimeException {
  /** One of {@link ErrorCode}. */
  public final String code;

  public XComponentException(String code, String message) {
    super(message);
    this.code = code;
  }
}
