package io.xwindow.postrobot.error;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The errors post-robot rejects with: JavaScript {@code Error}s with a {@link ErrorCode} in
 * {@code code}. From Java, cast what a promise rejected with:
 *
 * <pre>{@code
 * PostRobot.send(frame, "pay", order, null).catch_(e -> {
 *   PostRobotError error = Js.cast(e);
 *   if (ErrorCode.NO_HANDLER.equals(error.code)) { ... }
 *   return null;
 * });
 * }</pre>
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Error")
public class PostRobotError {
  /** The message, close to post-robot's own wording. */
  public String message;
  /** The stack; for an error thrown in another window, its stack there, then ours. */
  public String stack;
  /** One of {@link ErrorCode}, or the code a handler's own error carried. */
  public String code;
  /** The {@code data} a handler's error carried, if any. */
  public Object data;

  public PostRobotError(String message) {}

  /**
   * A new error with {@code code}, for a handler to reject with: the sender gets its code and
   * message. (Every error of post-robot's own is made by {@link Errors}.)
   */
  @JsOverlay
  public static PostRobotError of(String code, String message) {
    return Errors.of(code, message);
  }
}
