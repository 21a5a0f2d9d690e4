package io.xwindow.beaver.browser;

import jsinterop.annotations.JsFunction;

/**
 * Where the page's glue reports what it saw, e.g. a logger's {@code error} or {@code info}: the
 * browser package takes a function, not the logger, so that it does not depend on its user.
 */
@JsFunction
public interface Report {
  /** Reports the event {@code name} with {@code payload}. */
  void event(String name, Object payload);
}
