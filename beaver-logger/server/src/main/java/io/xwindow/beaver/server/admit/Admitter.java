package io.xwindow.beaver.server.admit;

/**
 * Decides whether a request is taken: takes one request and its bytes from the client's rate and,
 * when it is within it, claims the batch id for that client. The endpoint calls it on a worker
 * thread, never on an I/O thread: an implementation may wait (boundedly) for Redis.
 */
public interface Admitter {
  /**
   * The decision for one request of {@code client} with {@code bytes} of body and {@code batchId}
   * (null when the batch has none).
   */
  Admission admit(String client, long bytes, String batchId);

  /** Forgets {@code client}'s {@code batchId}, for a batch that was taken but could not be logged. */
  void release(String client, String batchId);
}
