package io.xwindow.xcomponent.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import elemental2.dom.Window;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.dom.View;
import org.junit.jupiter.api.Test;

/**
 * The watch on an instance's window, on a clock the test holds: a window still there lives on
 * however long it lives, one gone ends the instance once with the view's reason (a frame only
 * once it has stayed out of the page a tenth of a second: back before, it was moved), and the page
 * leaving ends it unless it enters the back/forward cache with the component's leave.
 */
class WatchTest {
  private final FakeTimers timers = new FakeTimers();
  private final Recorded steps = new Recorded();
  private final Lifecycle lifecycle = new Lifecycle(timers, steps);
  private final Window window = null;
  private String gone;
  private int checks;

  /** A view that says it is gone when {@link #gone} is set, and counts how often it is asked. */
  private final View view = new View() {
    @Override
    public Window window() {
      return window;
    }

    @Override
    public void rename(String name) {}

    @Override
    public void load(String url) {}

    @Override
    public void rendered() {}

    @Override
    public void resize(String width, String height) {}

    @Override
    public void show() {}

    @Override
    public void hide() {}

    @Override
    public void focus() {}

    @Override
    public String gone() {
      checks++;
      return gone;
    }

    @Override
    public void remove() {}
  };

  private Watch watch(boolean bfcache) {
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.childReady();
    steps.log.clear();
    return new Watch(timers, view, lifecycle, bfcache, steps);
  }

  @Test
  void aWindowStillThereLivesOnAndIsAskedEveryQuarterSecond() {
    watch(true).start();

    timers.advance(60_000);

    assertEquals("", steps.joined());
    assertEquals(240, checks);
  }

  @Test
  void aWindowThatGoesEndsTheInstanceAtTheNextCheckWithTheViewsReason() {
    watch(true).start();
    timers.advance(1000);
    gone = CloseReason.USER_CLOSED;

    timers.advance(249);
    assertEquals("", steps.joined());
    timers.advance(1);
    timers.advance(1000);

    assertEquals("ended:user_closed", steps.joined());
  }

  @Test
  void aCheckBetweenTicksEndsItAtOnceForAClosedPopup() {
    Watch watch = watch(true);
    watch.start();
    gone = CloseReason.USER_CLOSED;

    watch.check();

    assertEquals("ended:user_closed", steps.joined());
  }

  @Test
  void aFrameThatStaysOutOfThePageEndsItWithContainerRemovedATenthOfASecondLater() {
    Watch watch = watch(true);
    watch.start();
    gone = CloseReason.CONTAINER_REMOVED;

    watch.check(); // the document changed: the frame is out
    timers.advance(99);
    assertEquals("", steps.joined());
    timers.advance(1);

    assertEquals("ended:container_removed", steps.joined());
  }

  @Test
  void aFrameBackInThePageWithinATenthOfASecondWasMovedAndLivesOn() {
    Watch watch = watch(true);
    watch.start();
    gone = CloseReason.CONTAINER_REMOVED;
    watch.check();
    timers.advance(60);

    gone = null; // put back, under another parent or the same one
    watch.check();
    timers.advance(60_000);

    assertEquals("", steps.joined());
  }

  @Test
  void aFrameMovedAgainGetsItsTenthOfASecondFromItsLastDeparture() {
    Watch watch = watch(true);
    watch.start();
    gone = CloseReason.CONTAINER_REMOVED;
    watch.check();
    timers.advance(60);
    gone = null;
    watch.check();
    timers.advance(20);
    gone = CloseReason.CONTAINER_REMOVED;
    watch.check(); // out again at 80 ms: the first departure's look at 100 ms does not count

    timers.advance(99);
    assertEquals("", steps.joined());
    timers.advance(1);

    assertEquals("ended:container_removed", steps.joined());
  }

  @Test
  void aStoppedWatchDropsTheLookDueForAFrameOutOfThePage() {
    Watch watch = watch(true);
    watch.start();
    gone = CloseReason.CONTAINER_REMOVED;
    watch.check();

    watch.stop();
    timers.advance(10_000);

    assertEquals(0, timers.pending());
    assertEquals("", steps.joined());
  }

  @Test
  void aStoppedWatchNoLongerAsks() {
    Watch watch = watch(true);
    watch.start();
    timers.advance(500);
    watch.stop();
    gone = CloseReason.USER_CLOSED;

    timers.advance(10_000);

    assertEquals(2, checks);
    assertEquals(0, timers.pending());
    assertEquals("", steps.joined());
  }

  @Test
  void aPageEnteringTheBackForwardCacheKeepsItsComponent() {
    Watch watch = watch(true);

    watch.pageHidden(true);
    watch.pageShown(true);

    assertEquals("tell:zoid-bfcache-cache:onBfcacheCache,tell:zoid-bfcache-restore:onBfcacheRestore",
        steps.joined());
  }

  @Test
  void aPageLeavingForGoodEndsItWithParentNavigated() {
    watch(true).pageHidden(false);

    assertEquals("ended:parent_navigated", steps.joined());
  }

  @Test
  void withTheBackForwardCacheTurnedOffEnteringItEndsTheComponent() {
    watch(false).pageHidden(true);

    assertEquals("ended:parent_navigated", steps.joined());
  }

  @Test
  void aPageShownForTheFirstTimeSaysNothing() {
    watch(true).pageShown(false);

    assertEquals("", steps.joined());
  }
}
