package io.xwindow.postrobot.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The acknowledgement, response and closed-window decisions, with a clock the test holds. */
class RequestStateTest {
  private static final double T0 = 1_000_000;

  @Test
  void aRequestNotYetPostedNeverMissesItsAck() {
    RequestState request = new RequestState();
    assertEquals(RequestState.WAITING, request.check(T0 + 1e9, false));
  }

  @Test
  void aPostedRequestWaitsForItsAckUntilTheDeadline() {
    RequestState request = new RequestState();
    request.posted(T0);
    assertEquals(RequestState.WAITING, request.check(T0 + Timeouts.ACK_KNOWN - 1, false));
    assertEquals(RequestState.MISSED_ACK, request.check(T0 + Timeouts.ACK_KNOWN, false));
  }

  @Test
  void anAcknowledgedRequestWaitsForItsResponseForever() {
    RequestState request = new RequestState();
    request.posted(T0);
    request.acknowledged();
    assertTrue(request.acked());
    assertEquals(RequestState.WAITING, request.check(T0 + 1e9, false));
  }

  @Test
  void aClosedWindowFailsTheRequestBeforeOrAfterItsAck() {
    RequestState early = new RequestState();
    early.posted(T0);
    assertEquals(RequestState.WINDOW_CLOSED, early.check(T0 + 1, true));
    assertFalse(early.acked());

    RequestState late = new RequestState();
    late.posted(T0);
    late.acknowledged();
    assertEquals(RequestState.WINDOW_CLOSED, late.check(T0 + 1, true));
    assertTrue(late.acked());
  }

  @Test
  void aClosedWindowCountsBeforeAMissedAck() {
    RequestState request = new RequestState();
    request.posted(T0);
    assertEquals(RequestState.WINDOW_CLOSED, request.check(T0 + Timeouts.ACK_KNOWN * 2, true));
  }

  @Test
  void aRequestSettlesOnce() {
    RequestState request = new RequestState();
    assertTrue(request.settle());
    assertFalse(request.settle(), "a late answer or a second failure changes nothing");
    assertTrue(request.done());
  }

  @Test
  void aSettledRequestIsNeverSweptAgain() {
    RequestState request = new RequestState();
    request.posted(T0);
    request.settle();
    assertEquals(RequestState.WAITING, request.check(T0 + 1e9, true));
  }

  @Test
  void theDeadlineCountsFromTheLastPost() {
    RequestState request = new RequestState();
    request.posted(T0);
    request.posted(T0 + 5000);
    assertEquals(RequestState.WAITING, request.check(T0 + Timeouts.ACK_KNOWN, false));
    assertEquals(RequestState.MISSED_ACK, request.check(T0 + 5000 + Timeouts.ACK_KNOWN, false));
  }
}
