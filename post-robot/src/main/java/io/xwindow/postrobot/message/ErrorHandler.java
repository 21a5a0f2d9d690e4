package io.xwindow.postrobot.message;

import jsinterop.annotations.JsFunction;

/** Receives an error that has nobody else to go to. */
@JsFunction
public interface ErrorHandler {
  void onError(Object error);
}
