package io.xwindow.xcomponent.parent;

import jsinterop.annotations.JsFunction;

/**
 * Tells the page what happened to an instance: its event {@code event}, then its prop {@code
 * prop} (a callback such as {@code onRendered}), each with {@code payload}.
 */
@JsFunction
public interface Tell {
  void tell(String event, String prop, Object payload);
}
