package io.xwindow.beaver.deliver;

import io.xwindow.base.time.Task;
import io.xwindow.beaver.buffer.Batch;
import io.xwindow.beaver.buffer.Buffer;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * Sends what waits in {@link Buffer}, one batch at a time, and loses nothing: a failed batch is
 * kept, with its id, and sent again after a {@link Backoff} delay (new entries wait behind it);
 * only a batch refused for good (a 4xx other than 408/429) is dropped, and counted. Flushes come
 * on an interval, soon after a warn/error (debounced), on demand, and all at once when the page
 * is hidden.
 *
 * <p>A plain JavaScript object in the browser, its methods overlays, as {@link Buffer}: J2CL's
 * {@code Object} stays out of the bundle. Hence {@link #of} and no final fields.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Shipper {
  /** The largest batch: under the 64 KB that sendBeacon and keepalive fetch may carry. */
  @JsOverlay
  public static final int MAX_BATCH_CHARS = 60_000;
  /** The debounce of {@link #soon()}, as beaver's. */
  @JsOverlay
  static final double SOON_MILLIS = 50;

  /** The page's meta object, as JSON, built when a batch is cut. */
  @JsFunction
  public interface Meta {
    /** A JSON object text. */
    String json();
  }

  private Buffer batches;
  private Transport.Send post;
  private Transport.Leave leaving;
  private Clock clock;
  private Meta meta;
  private Task settled;
  private Batch held;
  private int attempt;
  private boolean sending;
  // timer handles, 0 (or, before the first, undefined in the browser) when none: no timer has 0
  private double retryTimer;
  private double soonTimer;
  private double tickTimer;

  /**
   * Ships {@code batches} through {@code send} (and {@code leave} when the page goes away); calls
   * {@code settled} each time a flush comes to rest (sent, scheduled for retry, or nothing to
   * send).
   */
  @JsOverlay
  public static Shipper of(Buffer batches, Transport.Send send, Transport.Leave leave, Clock clock, Meta meta,
      Task settled) {
    Shipper shipper = new Shipper();
    shipper.batches = batches;
    shipper.post = send;
    shipper.leaving = leave;
    shipper.clock = clock;
    shipper.meta = meta;
    shipper.settled = settled;
    shipper.attempt = 0;
    return shipper;
  }

  /** Sends the next batch now, unless one is on its way or held to be retried. */
  @JsOverlay
  public void flush() {
    // else the batch on its way (or waiting for its retry) carries on; later entries follow it
    if (!sending && !(retryTimer > 0)) {
      if (held == null) {
        held = batches.next(newId(), meta.json(), MAX_BATCH_CHARS);
      }
      if (held != null) {
        Batch batch = held;
        sending = true;
        post.send(batch.wire, (status, retryAfter) -> answered(batch, status, retryAfter));
        return;
      }
    }
    settled.run();
  }

  /** Flushes in {@value #SOON_MILLIS} ms; calls until then share that one flush. */
  @JsOverlay
  public void soon() {
    if (!(soonTimer > 0)) {
      soonTimer = clock.later(SOON_MILLIS, () -> {
        soonTimer = 0;
        flush();
      });
    }
  }

  /** Flushes every {@code millis} ms from now on (none when 0 or less), replacing the last interval. */
  @JsOverlay
  public void every(double millis) {
    cancel(tickTimer);
    tickTimer = 0;
    if (millis > 0) {
      tickTimer = clock.later(millis, () -> {
        tickTimer = 0;
        every(millis);
        flush();
      });
    }
  }

  /**
   * The page is going away: everything held leaves now, through {@link Transport.Leave}, in
   * batches that fit it. A batch that was on its way is sent again with its id, so the server
   * logs it once whichever copy arrives.
   */
  @JsOverlay
  public void leave() {
    cancel(retryTimer);
    retryTimer = 0;
    attempt = 0;
    while (held != null || !batches.isEmpty()) {
      Batch batch = held != null ? held : batches.next(newId(), meta.json(), MAX_BATCH_CHARS);
      held = null;
      leaving.leave(batch.wire);
    }
  }

  /** Stops every timer; what waits stays, for {@link #flush()} or {@link #leave()}. */
  @JsOverlay
  public void stop() {
    every(0);
    cancel(soonTimer);
    cancel(retryTimer);
    soonTimer = 0;
    retryTimer = 0;
  }

  @JsOverlay
  private void answered(Batch batch, int status, double retryAfter) {
    sending = false;
    // a batch on its way is held until it is answered, or until it leaves with the page (null):
    // a null test rather than batch != held, which the bundle makes a call to J2CL's equality
    if (held != null) { // else it left with the page meanwhile
      if (status >= 200 && status < 400 || !Backoff.retryable(status)) {
        if (status >= 400) {
          batches.lost(batch.entryCount);
        }
        held = null;
        attempt = 0;
        if (!batches.isEmpty()) {
          flush(); // more came while it was on its way, or did not fit in it
          return;
        }
      } else {
        attempt++;
        retryTimer = clock.later(Backoff.delay(attempt, retryAfter, clock.random()), () -> {
          retryTimer = 0;
          flush();
        });
      }
    }
    settled.run();
  }

  @JsOverlay
  private void cancel(double handle) {
    if (handle > 0) {
      clock.clearLater(handle);
    }
  }

  @JsOverlay
  private String newId() {
    return Ids.random(clock, 20, 36);
  }
}
