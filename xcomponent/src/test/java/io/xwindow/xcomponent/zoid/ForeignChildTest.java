package io.xwindow.xcomponent.zoid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.xcomponent.parent.FakeTimers;
import org.junit.jupiter.api.Test;

/** A child window whose page says only another post-robot's hello is a zoid child, after a grace. */
class ForeignChildTest {
  private final FakeTimers timers = new FakeTimers();
  private int foreign;
  private final ForeignChild child = new ForeignChild(timers, () -> foreign++);

  @Test
  void anotherPostRobotAloneIsForeignOnceTheGraceIsOver() {
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS - 1);
    assertEquals(0, foreign, "xwindow may still come");

    timers.advance(1);
    assertEquals(1, foreign);
  }

  @Test
  void itIsToldOnce() {
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS);
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS * 3);

    assertEquals(1, foreign);
  }

  @Test
  void morePostRobotHellosDoNotPutTheDecisionOff() {
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS / 2);
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS / 2);

    assertEquals(1, foreign);
  }

  @Test
  void xwindowsHelloAfterAnotherPostRobotsIsOurChild() {
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS / 2);
    child.hello(true);
    timers.advance(ForeignChild.GRACE_MS * 3);

    assertEquals(0, foreign, "a page that loads another post-robot before xcomponent.js");
  }

  @Test
  void onceXwindowSaidHelloNoOtherPostRobotMakesItForeign() {
    child.hello(true);
    child.hello(false);
    timers.advance(ForeignChild.GRACE_MS * 3);

    assertEquals(0, foreign);
  }

  @Test
  void stoppedItTellsNothing() {
    child.hello(false);
    child.stop();
    timers.advance(ForeignChild.GRACE_MS * 3);

    assertEquals(0, foreign);
  }
}
