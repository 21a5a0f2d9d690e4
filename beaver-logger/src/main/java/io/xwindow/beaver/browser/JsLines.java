package io.xwindow.beaver.browser;

import elemental2.core.JsArray;
import io.xwindow.beaver.buffer.Lines;
import jsinterop.base.Js;

/** {@link Lines} in the browser: a JavaScript array (Java's collections would cost 3 KB of the bundle). */
public final class JsLines {
  private JsLines() {}

  /** An empty array, as lines. */
  public static Lines create() {
    return Js.uncheckedCast(new JsArray<String>());
  }
}
