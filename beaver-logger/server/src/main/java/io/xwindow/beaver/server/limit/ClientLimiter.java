package io.xwindow.beaver.server.limit;

/** How much a client may send: takes one request and its bytes if the client's rate allows. */
public interface ClientLimiter {
  /** Never refuses. */
  ClientLimiter NONE = (client, bytes) -> 0;

  /**
   * Takes one request of {@code bytes} body bytes from {@code client}'s allowance: 0 when it may
   * go on (and then it is taken), else how many nanoseconds until it may (and nothing is taken).
   */
  long tryTake(String client, long bytes);
}
