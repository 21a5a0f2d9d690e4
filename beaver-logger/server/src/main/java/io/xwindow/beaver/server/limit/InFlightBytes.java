package io.xwindow.beaver.server.limit;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The request bodies the endpoint holds at once, in bytes, across all requests: taken as a body's
 * bytes arrive, given back when its request ends. Bounds what many clients sending at once (or
 * sending slowly) can make the server hold; past the bound a request is refused and may retry.
 */
public final class InFlightBytes {
  private final long limit;
  private final AtomicLong held = new AtomicLong();

  /** At most {@code limit} bytes held at once. */
  public InFlightBytes(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  /** Takes {@code bytes} and true, or nothing and false when they would pass the limit. */
  public boolean take(long bytes) {
    while (true) {
      long now = held.get();
      if (now + bytes > limit) {
        return false;
      }
      if (held.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  /** Gives back {@code bytes} taken before. */
  public void give(long bytes) {
    held.addAndGet(-bytes);
  }

  /** Bytes held now. */
  public long held() {
    return held.get();
  }
}
