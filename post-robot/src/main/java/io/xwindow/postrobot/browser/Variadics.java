package io.xwindow.postrobot.browser;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;

/**
 * JavaScript functions that take any number of arguments, such as the functions another window
 * hands us.
 *
 * <p>In {@code Variadics.native.js}: J2CL writes a Java varargs lambda with Closure's
 * rest-arguments helper, which costs more bundle bytes than one {@code arguments} copy here.
 */
public final class Variadics {
  private Variadics() {}

  /** What a variadic function runs, with its arguments in an array. */
  @JsFunction
  public interface Body {
    Object call(Object[] args);
  }

  /** A new JavaScript function that runs {@code body} with the arguments it is called with. */
  @JsMethod
  public static native Object of(Body body);
}
