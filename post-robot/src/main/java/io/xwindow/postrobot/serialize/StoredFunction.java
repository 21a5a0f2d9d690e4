package io.xwindow.postrobot.serialize;

/** A function handed to another window: what it is, and which origins may call it. */
public final class StoredFunction {
  /** The function itself. */
  public final Object function;
  /** Its name, for error messages. */
  public final String name;
  /** The domain pattern the message carrying it was sent to: its callers must match. */
  public final Object domain;

  StoredFunction(Object function, String name, Object domain) {
    this.function = function;
    this.name = name;
    this.domain = domain;
  }
}
