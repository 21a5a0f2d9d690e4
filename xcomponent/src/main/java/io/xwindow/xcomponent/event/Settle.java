package io.xwindow.xcomponent.event;

import jsinterop.annotations.JsFunction;

/** A promise's resolve or reject, kept to settle it later. */
@JsFunction
public interface Settle {
  void settle(Object value);
}
