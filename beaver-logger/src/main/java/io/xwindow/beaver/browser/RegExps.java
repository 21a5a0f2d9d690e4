package io.xwindow.beaver.browser;

import jsinterop.annotations.JsMethod;

/** The browser's own regular expressions. */
public final class RegExps {
  private RegExps() {}

  /**
   * {@code text} with every match of {@code regex} replaced by {@code with}, taken as JavaScript
   * takes it ({@code $&} and the like are special). In RegExps.native.js.
   */
  @JsMethod
  public static native String replaceAll(String text, String regex, String with);
}
