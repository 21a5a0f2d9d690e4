package io.xwindow.xcomponent.error;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The errors xcomponent gives: JavaScript {@code Error}s with an {@link ErrorCode} in {@code
 * code}. From Java, cast what a promise rejected with: {@code XComponentError e = Js.cast(error);
 * if (ErrorCode.PROP_TYPE.equals(e.code)) ...}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Error")
public class XComponentError {
  /** What went wrong, for people. */
  public String message;
  /** The stack. */
  public String stack;
  /** One of {@link ErrorCode}. */
  public String code;

  public XComponentError(String message) {}
}
