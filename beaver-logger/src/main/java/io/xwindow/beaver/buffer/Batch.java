package io.xwindow.beaver.buffer;

/** One request's body, its id (the idempotency key) and how many entries it holds. Immutable. */
public final class Batch {
  /** The id in its {@code meta.batchId}. */
  public final String id;
  /** The JSON body. */
  public final String body;
  /** How many entries it holds. */
  public final int count;

  /** A batch. */
  public Batch(String id, String body, int count) {
    this.id = id;
    this.body = body;
    this.count = count;
  }
}
