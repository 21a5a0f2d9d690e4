package io.xwindow.xcomponent.event;

import jsinterop.annotations.JsFunction;

/**
 * A function of one argument handed to JavaScript or to the other window (a helper, a callback):
 * one type for all of xcomponent's, so each is a plain JavaScript function.
 */
@JsFunction
public interface Fn {
  Object call(Object argument);
}
