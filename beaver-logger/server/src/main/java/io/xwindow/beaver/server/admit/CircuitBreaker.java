package io.xwindow.beaver.server.admit;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether to ask a dependency that may be failing. {@code CLOSED}: every request asks it, and
 * {@code failuresToOpen} failures in a row open the breaker. {@code OPEN}: nobody asks it for
 * {@code openFor}. Then {@code HALF_OPEN}: one request (the probe) asks it; its success closes the
 * breaker, its failure opens it again for {@code openFor}. A probe that never reports is replaced
 * after {@code openFor}, so the breaker cannot stay half open.
 *
 * <p>Thread-safe. Time comes from {@code nanoTime}, so tests drive it with a fake clock.
 */
public final class CircuitBreaker {
  /** The breaker's states; see the class comment. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final LongSupplier nanoTime;
  private final int failuresToOpen;
  private final long openNanos;
  private volatile State state = State.CLOSED;
  private int failures;
  private long since;

  /** Opens after {@code failuresToOpen} failures in a row, for {@code openFor} each time. */
  public CircuitBreaker(int failuresToOpen, Duration openFor, LongSupplier nanoTime) {
    if (failuresToOpen < 1 || openFor.isNegative() || openFor.isZero()) {
      throw new IllegalArgumentException("the breaker needs at least 1 failure and a positive time open");
    }
    this.failuresToOpen = failuresToOpen;
    this.openNanos = openFor.toNanos();
    this.nanoTime = nanoTime;
  }

  /** The state now. */
  public State state() {
    return state;
  }

  /** Whether this request may ask the dependency; true at most once per {@code openFor} unless closed. */
  public boolean allowsRequest() {
    if (state == State.CLOSED) {
      return true;
    }
    synchronized (this) {
      long now = nanoTime.getAsLong();
      switch (state) {
        case CLOSED:
          return true;
        case OPEN:
        case HALF_OPEN:
          if (now - since < openNanos) {
            return false;
          }
          state = State.HALF_OPEN;
          since = now;
          return true;
        default:
          throw new IllegalStateException(state.name());
      }
    }
  }

  /** The dependency answered; true if that closed the breaker (it was half open). */
  public boolean succeeded() {
    if (state == State.CLOSED && failures == 0) {
      return false;
    }
    synchronized (this) {
      if (state == State.OPEN) {
        return false; // a late answer to a request sent before the breaker opened: wait for the probe
      }
      boolean closed = state == State.HALF_OPEN;
      state = State.CLOSED;
      failures = 0;
      return closed;
    }
  }

  /** The dependency failed or did not answer in time; true if that opened the breaker (it was closed). */
  public synchronized boolean failed() {
    switch (state) {
      case CLOSED:
        if (++failures < failuresToOpen) {
          return false;
        }
        open();
        return true;
      case HALF_OPEN:
        open();
        return false;
      default:
        return false; // already open: a late failure of a request sent before it opened
    }
  }

  private void open() {
    state = State.OPEN;
    failures = 0;
    since = nanoTime.getAsLong();
  }
}
