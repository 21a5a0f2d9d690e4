package io.xwindow.beaver;

import elemental2.core.JsArray;
import jsinterop.base.Js;
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
   * target}. Unlike beaver, {@code 0}, {@code false}, {@code ""} and {@code null} are kept.
   */
  public static JsPropertyMap<Object> copy(Object source, JsPropertyMap<Object> target) {
    if (source != null) {
      JsPropertyMap<Object> from = Js.asPropertyMap(source);
      from.forEach(key -> {
        if (Js.isTripleEqual(from.get(key), Js.undefined())) {
          return;
        }
        target.set(key, from.get(key));
      });
    }
    return target;
  }
}
