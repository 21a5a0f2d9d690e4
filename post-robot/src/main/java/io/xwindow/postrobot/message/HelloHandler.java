package io.xwindow.postrobot.message;

import elemental2.dom.Window;
import jsinterop.annotations.JsFunction;

/**
 * Hears the hello a post-robot says here as it starts in another window (see {@link
 * io.xwindow.postrobot.PostRobot#onHello}).
 */
@JsFunction
public interface HelloHandler {
  /**
   * {@code source} said hello from {@code origin}, as the browser reported it; {@code xwindow}
   * is true when the post-robot there is xwindow's, false for any other post-robot 10 or 11.
   */
  void hello(Window source, String origin, boolean xwindow);
}
