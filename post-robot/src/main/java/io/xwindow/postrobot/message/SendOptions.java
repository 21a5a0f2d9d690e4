package io.xwindow.postrobot.message;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * Options of {@link io.xwindow.postrobot.PostRobot#send}: a plain JavaScript object. From Java:
 * {@code new SendOptions().domain("https://pay.example").timeout(5000)}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class SendOptions {
  /**
   * The origins the target window may have: a string ({@code "*"}, the default, for any), an
   * array of strings, or a RegExp. A string other than {@code "*"} is also the {@code
   * targetOrigin} of the post, so the browser itself refuses another origin.
   */
  public Object domain;
  /** Milliseconds to wait for the response; 0 or absent waits as long as the window lives. */
  public double timeout;
  /** Post and resolve at once, with no acknowledgement and no response. */
  public boolean fireAndForget;

  @JsOverlay
  public final SendOptions domain(Object domain) {
    this.domain = domain;
    return this;
  }

  @JsOverlay
  public final SendOptions timeout(double millis) {
    this.timeout = millis;
    return this;
  }

  @JsOverlay
  public final SendOptions fireAndForget(boolean fireAndForget) {
    this.fireAndForget = fireAndForget;
    return this;
  }
}
