package io.xwindow.beaver.server.sink;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Short names for batches, made by the server, by which a batch's lines refer to its one batch
 * line (its meta and client): {@code k3x9q1.2f}, a random prefix per sink instance and a counter,
 * so the names of a fleet's instances do not collide and a client cannot choose one.
 */
final class BatchRefs {
  private final String prefix;
  private final AtomicLong next = new AtomicLong();

  BatchRefs() {
    long random = new SecureRandom().nextLong() & Long.MAX_VALUE;
    String digits = Long.toString(random, 36);
    prefix = digits.substring(0, Math.min(6, digits.length()));
  }

  /** A name not given before by this instance. */
  String next() {
    return prefix + "." + Long.toString(next.getAndIncrement(), 36);
  }
}
