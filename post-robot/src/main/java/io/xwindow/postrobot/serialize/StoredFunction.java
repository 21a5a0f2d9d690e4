package io.xwindow.postrobot.serialize;

/** A function handed to another window: what it is, and which origins may call it. */
public final class StoredFunction {
  /** The function itself. */
  public final Object function;
  /** Its name, for error messages. */
  public final String name;
  /** The domain pattern the last message carrying it was sent to: its callers must match. */
  public Object domain;
  /**
   * How many times it was sent to its window and not yet released: a release says how many its
   * window had received; one sent since is still on its way, and keeps it.
   */
  int sent;

  StoredFunction(Object function, String name, Object domain) {
    this.function = function;
    this.name = name;
    this.domain = domain;
  }
}
