package io.xwindow.base.time;

import jsinterop.annotations.JsFunction;

/**
 * Something to run later. A {@code @JsFunction} rather than {@code Runnable}: in the bundle a
 * lambda is then a plain JavaScript function, not a wrapper class.
 */
@JsFunction
public interface Task {
  void run();
}
