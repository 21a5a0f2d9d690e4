package io.xwindow.xcomponent.parent;

import io.xwindow.base.time.Task;
import io.xwindow.base.time.Timers;
import io.xwindow.xcomponent.constant.CloseReason;

/**
 * Tells a frame moved in the page from a frame removed from it. A page that moves the container
 * (to another parent, or out and back in, as frameworks do when they re-order or re-mount) takes
 * it out of the page for a moment; the browser then loads the frame again, and the child, in a new
 * window of the same name, says hello again and gets its props again. Only a frame still out of
 * the page {@value #MOVE_MS} ms after it was first seen out was removed ({@code
 * container_removed}); any other reason a view gives (a closed popup) counts at once.
 *
 * <p>zoid 10 waits one task after it sees the container leave, then renders anew if it is back:
 * ours waits longer, so that a move spread over a few tasks (an animation frame, a framework's
 * asynchronous re-mount) is still a move, and need not render anew, since the browser reloads the
 * frame itself.
 */
public final class Removal {
  /** How long a frame may be out of the page and still count as moved. */
  static final double MOVE_MS = 100;

  private final Timers timers;
  /** When the frame was first seen out of the page; -1 while it is in. */
  private double outSince = -1;
  private double recheck;

  public Removal(Timers timers) {
    this.timers = timers;
  }

  /**
   * The reason to end with now, given the view's {@code reason} (null: the window is there), or
   * null: not now (a frame out of the page gets {@value #MOVE_MS} ms to come back, then {@code
   * again} looks once more).
   */
  public String judge(String reason, Task again) {
    if (!CloseReason.CONTAINER_REMOVED.equals(reason)) {
      outSince = -1;
      return reason;
    }
    double now = timers.now();
    if (outSince < 0) {
      outSince = now;
      stop();
      recheck = timers.later(MOVE_MS, again);
      return null;
    }
    return now - outSince >= MOVE_MS ? reason : null;
  }

  /** Cancels a look still to come. */
  public void stop() {
    timers.cancel(recheck);
    recheck = 0;
  }
}
