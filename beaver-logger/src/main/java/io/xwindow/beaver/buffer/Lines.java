package io.xwindow.beaver.buffer;

import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsArrayLike;

/**
 * A list of strings, oldest first. In the browser a plain JavaScript array (Java's collections
 * would cost 3 KB of the bundle, and an object of ours J2CL's {@code Object} with it); on the
 * JVM, in tests, any list.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Array")
public interface Lines {
  /** How many lines there are. */
  @JsProperty(name = "length")
  int size();

  /** The line at {@code index}. */
  @JsOverlay
  default String get(int index) {
    return Js.<JsArrayLike<String>>uncheckedCast(this).getAt(index);
  }

  /** Appends {@code line}. */
  @JsMethod(name = "push")
  void add(String line);

  /** The index of the first line equal to {@code line}, or -1. */
  int indexOf(String line);

  /** Removes {@code count} lines from {@code start}. */
  void splice(int start, int count);
}
