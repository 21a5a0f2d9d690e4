package io.xwindow.beaver.server.admit;

import java.util.concurrent.CompletableFuture;

/**
 * Decides whether a request is taken: takes one request and its bytes from the client's rate and,
 * when it is within it, claims the batch id for that client. The answer may come later (from
 * Redis), on another thread; it never completes exceptionally, and nothing here blocks, so the
 * endpoint may call it from an I/O thread: Redis itself is only called from a thread of its own.
 */
public interface Admitter {
  /**
   * The decision for one request of {@code client} with {@code bytes} of body and {@code batchId}
   * (null when the batch has none).
   */
  CompletableFuture<Admission> admit(String client, long bytes, String batchId);

  /** Forgets {@code client}'s {@code batchId}, for a batch that was taken but could not be logged. */
  void release(String client, String batchId);
}
