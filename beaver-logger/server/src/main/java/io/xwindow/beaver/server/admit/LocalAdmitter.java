package io.xwindow.beaver.server.admit;

import io.xwindow.beaver.server.dedup.BatchIds;
import io.xwindow.beaver.server.limit.ClientLimiter;
import java.util.concurrent.CompletableFuture;

/** Decides in this JVM alone: its rate limiter, then its batch ids. */
public final class LocalAdmitter implements Admitter {
  private final ClientLimiter limiter;
  private final BatchIds ids;

  /** Decides with {@code limiter} and {@code ids}. */
  public LocalAdmitter(ClientLimiter limiter, BatchIds ids) {
    this.limiter = limiter;
    this.ids = ids;
  }

  @Override
  public CompletableFuture<Admission> admit(String client, long bytes, String batchId) {
    return CompletableFuture.completedFuture(decide(client, bytes, batchId));
  }

  /** The decision, now. */
  Admission decide(String client, long bytes, String batchId) {
    long wait = limiter.tryTake(client, bytes);
    if (wait > 0) {
      return Admission.limited(wait);
    }
    return batchId != null && !ids.claim(client, batchId) ? Admission.DUPLICATE : Admission.TAKEN;
  }

  @Override
  public void release(String client, String batchId) {
    ids.release(client, batchId);
  }
}
