package io.xwindow.postrobot.serialize;

/** A value that cannot cross windows: circular, too deep, or a window. */
public final class BadValueException extends RuntimeException {
  BadValueException(String message) {
    super(message);
  }
}
