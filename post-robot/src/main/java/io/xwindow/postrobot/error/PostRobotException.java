package io.xwindow.postrobot.error;

/**
 * Thrown to Java callers of {@link io.xwindow.postrobot.PostRobot#on} and {@link
 * io.xwindow.postrobot.PostRobot#once} when a listener cannot be registered; JavaScript callers get
 * a {@link PostRobotError} thrown instead.
 */
public final class PostRobotException extends RuntimeException {
  private final String code;

  public PostRobotException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** One of {@link ErrorCode}. */
  public String code() {
    return code;
  }

  /** The message alone: it is also the message of the JavaScript error behind this one. */
  @Override
  public String toString() {
    return getMessage();
  }
}
