package io.xwindow.beaver.deliver;

import io.xwindow.base.time.Task;
import io.xwindow.base.time.Timers;
import io.xwindow.beaver.buffer.Batch;
import io.xwindow.beaver.buffer.Buffer;
import jsinterop.annotations.JsFunction;

/**
 * Sends what waits in {@link Buffer}, one batch at a time, and loses nothing: a failed batch is
 * kept, with its id, and sent again after a {@link Backoff} delay (new entries wait behind it);
 * only a batch refused for good (a 4xx other than 408/429) is dropped, and counted. Flushes come
 * on an interval, soon after a warn/error (debounced), on demand, and all at once when the page
 * is hidden.
 */
public final class Shipper {
  /** The largest batch: under the 64 KB that sendBeacon and keepalive fetch may carry. */
  public static final int MAX_BATCH_CHARS = 60_000;
  /** The debounce of {@link #soon()}, as beaver's. */
  static final double SOON_MILLIS = 50;

  /** The page's meta object, as JSON, built when a batch is cut. */
  @JsFunction
  public interface Meta {
    /** A JSON object text. */
    String json();
  }

  private final Buffer batches;
  private final Transport transport;
  private final Timers timers;
  private final Meta meta;
  private final Task settled;
  private Batch pending;
  private int attempt;
  private boolean sending;
  private double retry = -1;
  private double soon = -1;
  private double tick = -1;

  /**
   * Ships {@code batches} through {@code transport}; calls {@code settled} each time a flush
   * comes to rest (sent, scheduled for retry, or nothing to send).
   */
  public Shipper(Buffer batches, Transport transport, Timers timers, Meta meta, Task settled) {
    this.batches = batches;
    this.transport = transport;
    this.timers = timers;
    this.meta = meta;
    this.settled = settled;
  }

  /** Sends the next batch now, unless one is on its way or waiting to be retried. */
  public void flush() {
    if (sending || retry >= 0) {
      settled.run(); // the batch on its way carries on; later entries follow it
      return;
    }
    if (pending == null) {
      pending = batches.next(newId(), meta.json(), MAX_BATCH_CHARS);
    }
    if (pending == null) {
      settled.run();
      return;
    }
    Batch batch = pending;
    sending = true;
    transport.send(batch.body, (status, retryAfter) -> answered(batch, status, retryAfter));
  }

  /** Flushes in {@value #SOON_MILLIS} ms; calls until then share that one flush. */
  public void soon() {
    if (soon < 0) {
      soon = timers.later(SOON_MILLIS, () -> {
        soon = -1;
        flush();
      });
    }
  }

  /** Flushes every {@code millis} ms from now on (none when 0 or less), replacing the last interval. */
  public void every(double millis) {
    if (tick >= 0) {
      timers.cancel(tick);
      tick = -1;
    }
    if (millis > 0) {
      tick = timers.later(millis, () -> {
        tick = -1;
        every(millis);
        flush();
      });
    }
  }

  /**
   * The page is going away: everything waiting leaves now, through {@link Transport#leave}, in
   * batches that fit it. A batch that was on its way is sent again with its id, so the server
   * logs it once whichever copy arrives.
   */
  public void leave() {
    cancel(retry);
    retry = -1;
    attempt = 0;
    while (pending != null || !batches.isEmpty()) {
      Batch batch = pending != null ? pending : batches.next(newId(), meta.json(), MAX_BATCH_CHARS);
      pending = null;
      transport.leave(batch.body);
    }
  }

  /** Stops every timer; what waits stays, for {@link #flush()} or {@link #leave()}. */
  public void stop() {
    every(0);
    cancel(soon);
    cancel(retry);
    soon = -1;
    retry = -1;
  }

  private void answered(Batch batch, int status, double retryAfter) {
    sending = false;
    if (batch != pending) {
      settled.run(); // it left with the page meanwhile
      return;
    }
    if (status >= 200 && status < 400 || !Backoff.retryable(status)) {
      if (status >= 400) {
        batches.lost(batch.count);
      }
      pending = null;
      attempt = 0;
      if (!batches.isEmpty()) {
        flush(); // more came while it was on its way, or did not fit in it
        return;
      }
    } else {
      attempt++;
      retry = timers.later(Backoff.delay(attempt, retryAfter, timers.random()), () -> {
        retry = -1;
        flush();
      });
    }
    settled.run();
  }

  private void cancel(double handle) {
    if (handle >= 0) {
      timers.cancel(handle);
    }
  }

  private String newId() {
    return Ids.random(timers, 20, 36);
  }
}
