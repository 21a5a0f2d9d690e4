package io.xwindow.beaver;

import elemental2.core.JsArray;
import jsinterop.annotations.JsMethod;
import jsinterop.base.JsPropertyMap;

/** Runs {@link Builder}s over an object. */
public final class Builders {
  private Builders() {}

  /**
   * Runs each of {@code builders} in order over {@code target}, copying in each key it returns
   * whose value is defined; returns {@code target}.
   */
  public static JsPropertyMap<Object> apply(JsArray<Builder> builders, JsPropertyMap<Object> target) {
    for (int i = 0; i < builders.length; i++) {
      copy(builders.getAt(i).build(target), target);
    }
    return target;
  }

  /**
   * Copies every key of {@code source} (any object, or null) whose value is defined into {@code
   * target}. Unlike beaver, {@code 0}, {@code false}, {@code ""} and {@code null} are kept. In
   * Builders.native.js: a for-in loop there, where JsPropertyMap.forEach costs a callback.
   */
  @JsMethod
  public static native JsPropertyMap<Object> copy(Object source, JsPropertyMap<Object> target);
}
