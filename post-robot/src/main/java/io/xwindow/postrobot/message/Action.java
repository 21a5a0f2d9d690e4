package io.xwindow.postrobot.message;

import jsinterop.annotations.JsFunction;

/**
 * Code to run later, as a plain JavaScript function (the bundle rules in {@link
 * io.xwindow.postrobot}).
 */
@JsFunction
public interface Action {
  void run();
}
