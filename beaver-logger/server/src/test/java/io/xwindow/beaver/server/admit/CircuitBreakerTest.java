package io.xwindow.beaver.server.admit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.beaver.server.admit.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  private long now;
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(1), () -> now);

  private void fail(int times) {
    for (int i = 0; i < times; i++) {
      assertTrue(breaker.allowsRequest());
      breaker.failed();
    }
  }

  @Test
  void opensAfterTheGivenFailuresInARowAndNoRequestAsksWhileOpen() {
    fail(2);
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.allowsRequest());
    assertTrue(breaker.failed(), "the third failure opens it");

    assertEquals(State.OPEN, breaker.state());
    now += TimeUnit.MILLISECONDS.toNanos(999);
    assertFalse(breaker.allowsRequest());
  }

  @Test
  void aSuccessBetweenFailuresKeepsItClosed() {
    fail(2);
    breaker.succeeded();
    fail(2);

    assertEquals(State.CLOSED, breaker.state());
  }

  @Test
  void afterItsTimeOpenOneProbeAsksAndItsSuccessClosesIt() {
    fail(3);
    now += TimeUnit.SECONDS.toNanos(1);

    assertTrue(breaker.allowsRequest(), "the probe");
    assertEquals(State.HALF_OPEN, breaker.state());
    assertFalse(breaker.allowsRequest(), "only one probe at a time");
    assertTrue(breaker.succeeded());
    assertEquals(State.CLOSED, breaker.state());
    assertTrue(breaker.allowsRequest());
  }

  @Test
  void aFailedProbeOpensItAgainForItsTimeOpen() {
    fail(3);
    now += TimeUnit.SECONDS.toNanos(1);
    breaker.allowsRequest();
    breaker.failed();

    assertEquals(State.OPEN, breaker.state());
    now += TimeUnit.MILLISECONDS.toNanos(500);
    assertFalse(breaker.allowsRequest());
    now += TimeUnit.MILLISECONDS.toNanos(500);
    assertTrue(breaker.allowsRequest());
  }

  @Test
  void aProbeThatNeverReportsIsReplacedAfterTheTimeOpen() {
    fail(3);
    now += TimeUnit.SECONDS.toNanos(1);
    breaker.allowsRequest(); // this probe's caller never reports
    now += TimeUnit.SECONDS.toNanos(1);

    assertTrue(breaker.allowsRequest());
  }

  @Test
  void lateAnswersToRequestsSentBeforeItOpenedChangeNothing() {
    fail(3);
    assertFalse(breaker.succeeded());
    assertEquals(State.OPEN, breaker.state());
    now += TimeUnit.MILLISECONDS.toNanos(600);
    breaker.failed();
    now += TimeUnit.MILLISECONDS.toNanos(400);

    assertTrue(breaker.allowsRequest(), "a late failure does not push the probe back");
  }
}
