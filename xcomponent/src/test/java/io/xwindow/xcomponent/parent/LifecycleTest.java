package io.xwindow.xcomponent.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.error.ErrorCode;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import org.junit.jupiter.api.Test;

/**
 * Every transition of an instance's lifecycle, and the races between them: the render settles
 * once, the instance ends once with one reason, and a prop error before any window opened does not
 * reach {@code onError}.
 */
class LifecycleTest {
  private final FakeTimers timers = new FakeTimers();
  private final Recorded steps = new Recorded();
  private final Lifecycle lifecycle = new Lifecycle(timers, steps);

  private static final XComponentError BOOM = Errors.childError("boom");
  private static final XComponentError BAD_PROP = Errors.propType("email", "string", "boolean");

  private void fail(XComponentError error) {
    lifecycle.fail(error, error.code);
  }

  @Test
  void theChildTakingItsPropsResolvesTheRenderOnce() {
    assertTrue(lifecycle.begin());
    lifecycle.opened(0);
    lifecycle.childReady();
    lifecycle.childReady(); // the child page reloaded and took them again

    assertEquals("rendered,settled", steps.joined());
    assertFalse(lifecycle.ended());
  }

  @Test
  void closingWhileTheRenderIsPendingEndsOnceAndResolvesTheRender() {
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.end(CloseReason.PARENT_CALL);
    lifecycle.end(CloseReason.CHILD_CALL);
    lifecycle.childReady(); // the child's answer, late

    assertEquals("ended:parent_call,settled", steps.joined());
    assertTrue(lifecycle.ended());
  }

  @Test
  void closingBeforeAnyWindowOpensResolvesTheRenderToo() {
    lifecycle.begin();
    lifecycle.end(CloseReason.PARENT_CALL);
    lifecycle.opened(0);

    assertEquals("ended:parent_call,settled", steps.joined());
    assertFalse(lifecycle.open());
  }

  @Test
  void destroyingDuringAPendingRenderEndsWithDestroyedAndResolvesIt() {
    lifecycle.begin();
    lifecycle.opened(1000);
    lifecycle.end(CloseReason.DESTROYED);
    timers.advance(5000);

    assertEquals("ended:destroyed,settled", steps.joined());
    assertEquals(0, timers.pending());
  }

  @Test
  void closingAfterTheRenderEndsWithoutSettlingAgain() {
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.childReady();
    lifecycle.end(CloseReason.USER_CLOSED);

    assertEquals("rendered,settled,ended:user_closed", steps.joined());
  }

  @Test
  void aFailureWhileTheRenderIsPendingReportsRejectsAndEndsWithError() {
    lifecycle.begin();
    lifecycle.opened(0);
    fail(BOOM);
    fail(BOOM);

    assertEquals("raised:CHILD_ERROR:true,settled:CHILD_ERROR,ended:error", steps.joined());
  }

  @Test
  void aPropErrorBeforeAnyWindowOpensDoesNotReachOnError() {
    lifecycle.begin();
    fail(BAD_PROP);

    assertEquals("raised:PROP_TYPE:false,settled:PROP_TYPE,ended:error", steps.joined());
  }

  @Test
  void anotherErrorBeforeAnyWindowOpensReachesOnError() {
    lifecycle.begin();
    lifecycle.fail(Errors.badContainer("Can not find element: #nowhere"), ErrorCode.BAD_CONTAINER);

    assertEquals("raised:BAD_CONTAINER:true,settled:BAD_CONTAINER,ended:error", steps.joined());
  }

  @Test
  void anErrorWithoutACodeReachesOnError() {
    lifecycle.begin();
    lifecycle.fail("a string thrown by the page", null);

    assertEquals("raised:a string thrown by the page:true,settled:a string thrown by the page,"
        + "ended:error", steps.joined());
  }

  @Test
  void aPropErrorOnceAWindowIsOpenReachesOnError() {
    lifecycle.begin();
    lifecycle.opened(0);
    fail(BAD_PROP);

    assertEquals("raised:PROP_TYPE:true,settled:PROP_TYPE,ended:error", steps.joined());
  }

  @Test
  void aFailureAfterTheRenderIsReportedAndTheInstanceLivesOn() {
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.childReady();
    fail(BOOM);

    assertEquals("rendered,settled,raised:CHILD_ERROR:true", steps.joined());
    assertFalse(lifecycle.ended());
  }

  @Test
  void anErrorRaisedBeforeRenderIsOnlyReported() {
    fail(BAD_PROP);
    fail(BOOM);

    assertEquals("raised:PROP_TYPE:false,raised:CHILD_ERROR:true", steps.joined());
    assertTrue(lifecycle.begin());
  }

  @Test
  void anErrorAfterTheEndIsIgnored() {
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.childReady();
    lifecycle.end(CloseReason.PARENT_CALL);
    fail(BOOM);

    assertEquals("rendered,settled,ended:parent_call", steps.joined());
  }

  @Test
  void aRenderAskedAfterTheEndFailsWithClosedAndNothingElse() {
    lifecycle.end(CloseReason.PARENT_CALL);

    assertFalse(lifecycle.begin());
    assertEquals("ended:parent_call,settled:CLOSED", steps.joined());
  }

  @Test
  void nothingMayUpdateOrShowAfterTheEnd() {
    lifecycle.begin();
    lifecycle.opened(0);
    assertTrue(lifecycle.open());
    lifecycle.end(CloseReason.PARENT_CALL);

    assertTrue(lifecycle.ended());
    assertFalse(lifecycle.open());
  }

  @Test
  void aChildThatNeverAnswersFailsWithRenderTimeoutWhenItsTimeComes() {
    lifecycle.begin();
    lifecycle.opened(500);
    timers.advance(499);
    assertEquals("", steps.joined());

    timers.advance(1);

    assertEquals("raised:RENDER_TIMEOUT:true,settled:RENDER_TIMEOUT,ended:error", steps.joined());
    assertEquals(0, timers.pending());
  }

  @Test
  void aChildThatAnswersInTimeStopsTheTimeout() {
    lifecycle.begin();
    lifecycle.opened(500);
    timers.advance(499);
    lifecycle.childReady();
    timers.advance(10_000);

    assertEquals("rendered,settled", steps.joined());
    assertEquals(0, timers.pending());
  }

  @Test
  void noTimeoutMeansTheChildMayTakeAnyTime() {
    lifecycle.begin();
    lifecycle.opened(0);
    timers.advance(3_600_000);

    assertEquals("", steps.joined());
    assertEquals(0, timers.pending());
  }

  @Test
  void anErrorHandlerThatClosesTheInstanceEndsItWithItsReasonAndResolvesTheRender() {
    steps.then = entry -> {
      if (entry.startsWith("raised")) {
        lifecycle.end(CloseReason.PARENT_CALL);
      }
    };
    lifecycle.begin();
    lifecycle.opened(0);
    fail(BOOM);

    assertEquals("raised:CHILD_ERROR:true,ended:parent_call,settled", steps.joined());
  }

  @Test
  void anOnRenderedThatClosesTheInstanceSettlesTheRenderOnce() {
    steps.then = entry -> {
      if (entry.equals("rendered")) {
        lifecycle.end(CloseReason.PARENT_CALL);
      }
    };
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.childReady();

    assertEquals("rendered,ended:parent_call,settled", steps.joined());
  }

  @Test
  void anOnCloseThatClosesOrFailsAgainChangesNothing() {
    steps.then = entry -> {
      if (entry.startsWith("ended")) {
        lifecycle.end(CloseReason.CHILD_CALL);
        fail(BOOM);
        lifecycle.childReady();
      }
    };
    lifecycle.begin();
    lifecycle.opened(0);
    lifecycle.end(CloseReason.PARENT_CALL);

    assertEquals("ended:parent_call,settled", steps.joined());
  }

  @Test
  void theTimeoutCannotFireOnceTheEndHasBegun() {
    steps.then = entry -> {
      if (entry.startsWith("ended")) {
        timers.advance(1000);
      }
    };
    lifecycle.begin();
    lifecycle.opened(100);
    lifecycle.end(CloseReason.CONTAINER_REMOVED);

    assertEquals("ended:container_removed,settled", steps.joined());
  }
}
