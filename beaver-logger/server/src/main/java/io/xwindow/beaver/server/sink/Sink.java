package io.xwindow.beaver.server.sink;

import io.xwindow.beaver.server.wire.Batch;

/** Where the endpoint hands each batch it took. Called from worker threads, concurrently. */
public interface Sink extends AutoCloseable {
  /**
   * Logs {@code batch}, received from {@code client} (its address). Throwing means none of it is
   * taken as logged: the client is told to retry ({@link SinkFullException}: later, the sink is full).
   */
  void write(Batch batch, String client);

  /** How many lines or records are waiting in this sink to be written; the endpoint sheds above a bound. */
  default int backlog() {
    return 0;
  }

  /** How many bytes of text are waiting in this sink to be written; the endpoint sheds above a bound. */
  default long backlogBytes() {
    return 0;
  }

  /** Writes out what is waiting and lets go of resources. */
  @Override
  default void close() {}
}
