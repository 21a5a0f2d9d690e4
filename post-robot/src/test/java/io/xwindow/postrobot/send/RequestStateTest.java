package io.xwindow.postrobot.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.base.time.ManualTimers;
import io.xwindow.base.time.Task;
import org.junit.jupiter.api.Test;

/**
 * The acknowledgement, response timeout and closed-window decisions, on timers with a clock the
 * test holds.
 */
class RequestStateTest {
  private final ManualTimers timers = new ManualTimers();
  private final RequestState request = new RequestState();
  private int timeouts;
  private final Task onTimeout = () -> timeouts++;

  @Test
  void aRequestNotYetPostedNeverMissesItsAck() {
    timers.advance(1e9);
    assertEquals(RequestState.WAITING, request.check(timers.now(), false));
  }

  @Test
  void aPostedRequestWaitsForItsAckUntilTheDeadline() {
    timers.advance(1_000_000);
    request.posted(timers, 0, onTimeout);

    timers.advance(Timeouts.ACK_KNOWN - 1);
    assertEquals(RequestState.WAITING, request.check(timers.now(), false));
    timers.advance(1);
    assertEquals(RequestState.MISSED_ACK, request.check(timers.now(), false));
  }

  @Test
  void anAcknowledgedRequestWaitsForItsResponseForever() {
    request.posted(timers, 0, onTimeout);
    request.acknowledged();

    timers.advance(1e9);

    assertTrue(request.acked());
    assertEquals(RequestState.WAITING, request.check(timers.now(), false));
    assertEquals(0, timeouts);
  }

  @Test
  void aClosedWindowFailsTheRequestBeforeOrAfterItsAck() {
    RequestState early = new RequestState();
    early.posted(timers, 0, onTimeout);
    timers.advance(1);
    assertEquals(RequestState.WINDOW_CLOSED, early.check(timers.now(), true));
    assertFalse(early.acked());

    RequestState late = new RequestState();
    late.posted(timers, 0, onTimeout);
    late.acknowledged();
    timers.advance(1);
    assertEquals(RequestState.WINDOW_CLOSED, late.check(timers.now(), true));
    assertTrue(late.acked());
  }

  @Test
  void aClosedWindowCountsBeforeAMissedAck() {
    request.posted(timers, 0, onTimeout);
    timers.advance(Timeouts.ACK_KNOWN * 2);
    assertEquals(RequestState.WINDOW_CLOSED, request.check(timers.now(), true));
  }

  @Test
  void aRequestSettlesOnce() {
    assertTrue(request.settle(timers));
    assertFalse(request.settle(timers), "a late answer or a second failure changes nothing");
    assertTrue(request.done());
  }

  @Test
  void aSettledRequestIsNeverSweptAgain() {
    request.posted(timers, 0, onTimeout);
    request.settle(timers);
    timers.advance(1e9);
    assertEquals(RequestState.WAITING, request.check(timers.now(), true));
  }

  @Test
  void theDeadlineCountsFromTheLastPost() {
    request.posted(timers, 0, onTimeout);
    timers.advance(5000);
    request.posted(timers, 0, onTimeout);

    timers.advance(Timeouts.ACK_KNOWN - 5000);
    assertEquals(RequestState.WAITING, request.check(timers.now(), false));
    timers.advance(5000);
    assertEquals(RequestState.MISSED_ACK, request.check(timers.now(), false));
  }

  @Test
  void aRequestWithATimeoutTimesOutWhenItRunsOutAndOnlyThen() {
    request.posted(timers, 300, onTimeout);

    timers.advance(299);
    assertEquals(0, timeouts);
    timers.advance(1);
    assertEquals(1, timeouts);
    timers.advance(60_000);
    assertEquals(1, timeouts, "a response timeout fires once");
  }

  @Test
  void aTimeoutLongerThanTheAckDeadlineStillLetsTheAckDeadlineFailFirst() {
    request.posted(timers, Timeouts.ACK_KNOWN * 3, onTimeout);

    timers.advance(Timeouts.ACK_KNOWN);

    assertEquals(RequestState.MISSED_ACK, request.check(timers.now(), false));
    assertEquals(0, timeouts);
  }

  @Test
  void aRequestThatSettlesInTimeCancelsItsTimeout() {
    request.posted(timers, 300, onTimeout);
    timers.advance(299);

    request.settle(timers);
    timers.advance(60_000);

    assertEquals(0, timeouts);
    assertEquals(0, timers.pending(), "no timer of the request is left behind");
  }

  @Test
  void aRequestWithoutATimeoutSetsNoTimer() {
    request.posted(timers, 0, onTimeout);

    assertEquals(0, timers.pending());
  }
}
