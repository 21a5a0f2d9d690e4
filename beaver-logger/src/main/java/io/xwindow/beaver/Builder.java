package io.xwindow.beaver;

import jsinterop.annotations.JsFunction;
import jsinterop.base.JsPropertyMap;

/**
 * A payload, meta, tracking, header or metric-dimension builder, as beaver has them: it gets the
 * object built so far and returns keys to add (or null).
 */
@JsFunction
public interface Builder {
  /** Keys to add to {@code soFar}, or null. */
  JsPropertyMap<Object> build(JsPropertyMap<Object> soFar);
}
