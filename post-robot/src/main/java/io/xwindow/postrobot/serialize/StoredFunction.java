package io.xwindow.postrobot.serialize;

/**
 * A function handed to another window: the id that window calls it by, what it is, whose it is,
 * and which origins may call it.
 */
public final class StoredFunction {
  /** The id the window it was handed to calls it by. */
  public final String id;
  /** The function itself. */
  public final Object function;
  /**
   * The window whose function it is, when it is a handle we got from that window and handed on
   * (a relayed handle); null for a function of this window.
   */
  final Object owner;
  /** The function's id in {@link #owner}, for a relayed handle. */
  final String ownerId;
  /** Its name, for error messages. */
  public final String name;
  /** The domain pattern the last message carrying it was sent to: its callers must match. */
  public Object domain;
  /**
   * How many times it was sent to its window and not yet released: a release says how many its
   * window had received; one sent since is still on its way, and keeps it.
   */
  int sent;

  StoredFunction(String id, Object function, Object owner, String ownerId, String name) {
    this.id = id;
    this.function = function;
    this.owner = owner;
    this.ownerId = ownerId;
    this.name = name;
  }

  /** True when it is the handle of function {@code ownerId} of {@code owner} (not null). */
  boolean isHandleOf(Object owner, String ownerId) {
    return this.owner == owner && ownerId.equals(this.ownerId);
  }
}
