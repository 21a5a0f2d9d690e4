package io.xwindow.beaver.server.sink;

/**
 * Thrown by {@link Sink#write} when the sink holds as much as it may (lines or bytes waiting):
 * nothing of the batch was taken, and the client should come back later.
 */
public final class SinkFullException extends RuntimeException {
  /** A refusal with a message for people. */
  public SinkFullException(String message) {
    super(message, null, false, false);
  }
}
