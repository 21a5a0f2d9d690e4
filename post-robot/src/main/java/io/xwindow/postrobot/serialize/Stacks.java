package io.xwindow.postrobot.serialize;

/**
 * Error stacks as every engine can read them across windows: V8 starts a stack with the error's
 * {@code name: message} line, Firefox and WebKit start with the first frame. An error that
 * crosses a window carries a stack that starts with its message in every engine, so that the
 * other window's {@code failure.stack} (its remote part first) says what failed, as in Chromium.
 */
final class Stacks {
  private Stacks() {}

  /**
   * {@code stack}, after a {@code name: message} line when its first line does not already say
   * the message (an empty message says nothing: the stack is kept as it is).
   */
  static String headed(String stack, String name, String message) {
    if (message == null || message.isEmpty()) {
      return stack;
    }
    int end = stack.indexOf("\n"); // a string: a char costs a String.fromCodePoint in the bundle
    String first = end < 0 ? stack : stack.substring(0, end);
    if (first.indexOf(message) >= 0) { // contains() calls message.toString() in the bundle
      return stack;
    }
    return (name == null || name.isEmpty() ? "Error" : name) + ": " + message + "\n" + stack;
  }
}
