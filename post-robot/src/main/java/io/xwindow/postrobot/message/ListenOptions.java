package io.xwindow.postrobot.message;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * Options of {@link io.xwindow.postrobot.PostRobot#on} and {@link
 * io.xwindow.postrobot.PostRobot#once}: a plain JavaScript object. From Java: {@code new
 * ListenOptions().domain("https://shop.example")}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class ListenOptions {
  /** Only requests from this window, or from any of this array of windows; absent: any window. */
  public Object window;
  /** The origins requests may come from: a string ({@code "*"}, the default), array or RegExp. */
  public Object domain;
  /** Called when an acknowledgement or a response cannot be posted back. */
  public ErrorHandler errorHandler;

  @JsOverlay
  public final ListenOptions window(Object window) {
    this.window = window;
    return this;
  }

  @JsOverlay
  public final ListenOptions domain(Object domain) {
    this.domain = domain;
    return this;
  }

  @JsOverlay
  public final ListenOptions errorHandler(ErrorHandler errorHandler) {
    this.errorHandler = errorHandler;
    return this;
  }
}
