package io.xwindow.xcomponent.zoid;

import io.xwindow.base.time.Task;
import io.xwindow.base.time.Timers;

/**
 * Tells, for a parent that speaks xcomponent's own dialect, a child page that cannot answer it:
 * every page says hello as its post-robot starts, and a page with xcomponent.js says xwindow's
 * hello before it asks for its props. A child window whose page says only another post-robot's
 * hello (zoid 10's child, which waits for props in a window name this parent did not write), and
 * no xwindow hello within {@link #GRACE_MS}, is foreign: {@code onForeign} runs, once. The grace
 * lets a page that loads another post-robot before xcomponent.js say both.
 *
 * <p>Plain Java on a clock the test holds; the glue brings it the hellos ({@code ZoidParent}).
 */
public final class ForeignChild {
  /** How long after another post-robot's hello xwindow's may still come. */
  static final double GRACE_MS = 1000;

  private final Timers timers;
  private final Task onForeign;
  /** An xwindow hello came, or the grace ran out: nothing more to decide. */
  private boolean decided;
  private double timer;

  public ForeignChild(Timers timers, Task onForeign) {
    this.timers = timers;
    this.onForeign = onForeign;
  }

  /** The child window's page said hello; {@code xwindow}: it runs xwindow's post-robot. */
  public void hello(boolean xwindow) {
    if (xwindow) {
      decided = true;
      stop();
    } else if (!decided && timer == 0) {
      timer = timers.later(GRACE_MS, () -> {
        timer = 0;
        decided = true;
        onForeign.run();
      });
    }
  }

  /** Stops waiting. */
  public void stop() {
    if (timer != 0) {
      timers.cancel(timer);
      timer = 0;
    }
  }
}
