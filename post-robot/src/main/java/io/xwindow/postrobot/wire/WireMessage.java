package io.xwindow.postrobot.wire;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * One post-robot message as it travels, a plain object (see {@link MessageType}). Read from
 * another window, any field may hold anything: {@link Envelope#isWellFormed} checks first.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class WireMessage {
  public String id;
  public String origin;
  public String type;
  public String hash;
  public String name;
  /** Requests and responses. */
  public Object data;
  /** Requests. */
  public boolean fireAndForget;
  /** Responses: {@link MessageType#SUCCESS} or {@link MessageType#ERROR}. */
  public String ack;
  /** Responses. */
  public Object error;
}
