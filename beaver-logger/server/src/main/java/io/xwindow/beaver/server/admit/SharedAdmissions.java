package io.xwindow.beaver.server.admit;

import java.util.concurrent.CompletableFuture;

/**
 * The decision made in a store shared by every instance of a fleet (Redis), asynchronously. A
 * failure (unreachable, refused, too slow) completes the answer exceptionally; the caller decides
 * what to do then ({@link FleetAdmitter}).
 */
public interface SharedAdmissions {
  /**
   * As {@link Admitter#admit}, answered later, exceptionally on a failure; a caller that completes
   * the answer itself (times it out) has the request dropped if it was not sent yet.
   */
  CompletableFuture<Admission> admit(String client, long bytes, String batchId);

  /** As {@link Admitter#release}, best effort: a failure is ignored. */
  void release(String client, String batchId);
}
