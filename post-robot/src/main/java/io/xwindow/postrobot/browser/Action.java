package io.xwindow.postrobot.browser;

import jsinterop.annotations.JsFunction;

/**
 * Code to run later, as a plain JavaScript function: a Java {@code Runnable} lambda would cost
 * an adapter class in the bundle.
 */
@JsFunction
public interface Action {
  void run();
}
