package io.xwindow.postrobot.message;

import elemental2.dom.Window;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * What a handler receives and what a send resolves with: the other window, its origin, and the
 * data (a handler's request data, or the value it answered with). A plain JavaScript object
 * {@code {source, origin, data}}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class Message {
  /** The other window. */
  public Window source;
  /** The other window's origin, as the browser reported it ({@code file://} when opaque). */
  public String origin;
  /** The data, with functions, promises, errors and dates restored. */
  public Object data;

  /** A new message object. */
  @JsOverlay
  public static Message of(Window source, String origin, Object data) {
    Message message = new Message();
    message.source = source;
    message.origin = origin;
    message.data = data;
    return message;
  }
}
