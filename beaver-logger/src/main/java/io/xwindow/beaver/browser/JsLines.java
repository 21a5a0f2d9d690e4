package io.xwindow.beaver.browser;

import elemental2.core.JsArray;
import io.xwindow.beaver.buffer.Lines;

/** {@link Lines} in a JavaScript array: Java's collections would cost 3 KB of the bundle. */
public final class JsLines implements Lines {
  private final JsArray<String> array = new JsArray<>();

  @Override
  public int size() {
    return array.length;
  }

  @Override
  public String get(int index) {
    return array.getAt(index);
  }

  @Override
  public void add(String line) {
    array.push(line);
  }

  @Override
  public void removeFirst(int count) {
    array.splice(0, count);
  }
}
