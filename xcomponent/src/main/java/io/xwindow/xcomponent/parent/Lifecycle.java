package io.xwindow.xcomponent.parent;

import io.xwindow.base.time.Timers;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;

/**
 * Where one instance stands, apart from the browser (tested on the JVM with a clock the test
 * holds). The render promise settles once; the instance ends once, with one {@link CloseReason};
 * a {@code PROP_*} error raised before any window opened does not reach {@code onError} (as zoid:
 * render's rejection says it).
 *
 * <pre>
 * IDLE --render--> PREPARING --a window opened--> OPEN --the child took its props--> RENDERED
 *   any of these --end, or a failure while the render is pending--> ENDED
 * </pre>
 *
 * <p>A failure while the render is pending rejects it and ends the instance ({@link
 * CloseReason#ERROR}); an end while it is pending resolves it (closing is not an error); a
 * failure after the render only reports. A render asked after the end fails with {@code CLOSED}.
 * Each transition tells the instance through {@link Steps}, which may run the page's callbacks:
 * those may end the instance in turn, and each transition reads the state again after them.
 */
public final class Lifecycle {
  static final int IDLE = 0;
  static final int PREPARING = 1;
  static final int OPEN = 2;
  static final int RENDERED = 3;
  static final int ENDED = 4;

  /** What the instance does at each transition. */
  public interface Steps {
    /** The error event, and the {@code onError} prop when {@code onError} is true. */
    void raised(Object error, boolean onError);

    /** The child has its props: the rendered event and {@code onRendered}. Once. */
    void rendered();

    /** The render promise settles: rejected with {@code error}, or resolved if null. Once. */
    void settled(Object error);

    /** The instance ends: the close event, the clean-up, the destroy event. Once. */
    void ended(String reason);
  }

  private final Timers timers;
  private final Steps steps;
  private int state = IDLE;
  /** The render timeout's timer; 0 for none (the page's timers are numbered from 1). */
  private double timeout;

  public Lifecycle(Timers timers, Steps steps) {
    this.timers = timers;
    this.steps = steps;
  }

  /**
   * Render was asked, for the first time (the instance answers later asks with the promise it
   * made): true when it may go on; after the end, the render fails with {@code CLOSED} at once and
   * nothing else happens.
   */
  public boolean begin() {
    if (state == ENDED) {
      steps.settled(Errors.closed());
      return false;
    }
    state = PREPARING;
    return true;
  }

  /**
   * The child's window opened (or another window was asked to open it): from now on every error
   * reaches {@code onError}, and the child has {@code timeoutMillis} to take its props (no limit
   * when 0).
   */
  public void opened(double timeoutMillis) {
    if (state != PREPARING) {
      return;
    }
    state = OPEN;
    if (timeoutMillis > 0) {
      timeout = timers.later(timeoutMillis, () -> {
        timeout = 0;
        XComponentError error = Errors.renderTimeout(timeoutMillis);
        fail(error, error.code);
      });
    }
  }

  /**
   * The child took its props: the render resolves, the first time only (a reloaded child takes
   * them again).
   */
  public void childReady() {
    if (!pending()) {
      return;
    }
    state = RENDERED;
    stopTimeout();
    steps.rendered();
    steps.settled(null);
  }

  /**
   * {@code error} (whose code is {@code code}, or null) happened: it is reported, unless the
   * instance has ended; a pending render fails with it and the instance ends.
   */
  public void fail(Object error, String code) {
    if (state == ENDED) {
      return;
    }
    steps.raised(error, state >= OPEN || code == null || !code.startsWith("PROP_"));
    if (pending()) {
      state = ENDED;
      stopTimeout();
      steps.settled(error);
      steps.ended(CloseReason.ERROR);
    }
  }

  /** Ends the instance with {@code reason}, once; a pending render resolves. */
  public void end(String reason) {
    if (state == ENDED) {
      return;
    }
    boolean pending = pending();
    state = ENDED;
    stopTimeout();
    steps.ended(reason);
    if (pending) {
      steps.settled(null);
    }
  }

  /** True once the instance has ended: nothing more may open, show or send. */
  public boolean ended() {
    return state == ENDED;
  }

  /** True while a window is open for the child, before the end. */
  public boolean open() {
    return state == OPEN || state == RENDERED;
  }

  private boolean pending() {
    return state == PREPARING || state == OPEN;
  }

  private void stopTimeout() {
    if (timeout != 0) {
      timers.cancel(timeout);
      timeout = 0;
    }
  }
}
