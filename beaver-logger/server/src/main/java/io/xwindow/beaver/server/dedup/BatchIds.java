package io.xwindow.beaver.server.dedup;

/**
 * The batch ids each client sent within a window. Ids are scoped by client (the key the rate
 * limit uses), so an id one client sent, or that someone saw go by, never suppresses another
 * client's batch.
 */
public interface BatchIds {
  /** Records {@code client}'s {@code id}; true if that client did not send it before within the window. */
  boolean claim(String client, String id);

  /** Forgets {@code client}'s {@code id}, for a batch that was claimed but could not be logged. */
  void release(String client, String id);
}
