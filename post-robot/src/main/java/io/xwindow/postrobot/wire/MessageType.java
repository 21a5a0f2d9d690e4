package io.xwindow.postrobot.wire;

/** The values of the wire fields {@code type} and {@code ack}, and the built-in message names. */
public final class MessageType {
  public static final String REQUEST = "postrobot_message_request";
  public static final String ACK = "postrobot_message_ack";
  public static final String RESPONSE = "postrobot_message_response";

  /** {@code ack} of a response whose handler succeeded. */
  public static final String SUCCESS = "success";
  /** {@code ack} of a response whose handler failed. */
  public static final String ERROR = "error";

  /** The request each window answers with its instance id; a child sends it at start-up. */
  public static final String HELLO = "postrobot_hello";
  /** The request that calls a function handed to another window. */
  public static final String METHOD = "postrobot_method";
  /**
   * Between xwindow windows only: the functions of the receiver that the sender can no longer
   * call, {@code {ids: [[id, received], ...]}}.
   */
  public static final String RELEASE = "xwindow_release";

  private MessageType() {}
}
