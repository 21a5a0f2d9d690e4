package io.xwindow.serverkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.undertow.Undertow;
import io.xwindow.testkit.SlowClients;
import io.xwindow.testkit.SlowClients.Kind;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each timeout closes the slow clients it is for, on a real Undertow whose handler reads the whole
 * body before it answers: with only that timeout short, the others long, those sockets are closed
 * and the others stay.
 */
class TimeoutsTest {
  private static final Duration SHORT = Duration.ofMillis(500);
  private static final Duration LONG = Duration.ofMinutes(5);
  private static final int EACH = 10;

  /** The kinds of slow client a server with {@code timeouts} still holds after 3 s. */
  private static Map<Kind, Integer> stillOpen(Timeouts timeouts) throws Exception {
    Undertow server = timeouts.applyTo(Undertow.builder()).addHttpListener(0, "127.0.0.1")
        .setHandler(exchange -> exchange.getRequestReceiver().receiveFullBytes(
            (done, body) -> done.getResponseSender().send("read " + body.length + " B")))
        .build();
    server.start();
    try (SlowClients slow = SlowClients.open(
        (InetSocketAddress) server.getListenerInfo().get(0).getAddress(), "/", EACH)) {
      return slow.stillOpenAfter(Duration.ofSeconds(3));
    } finally {
      server.stop();
    }
  }

  @Test
  void theRequestParseTimeoutClosesHeadersThatNeverEnd() throws Exception {
    assertEquals(Map.of(Kind.SILENT, EACH, Kind.SLOW_BODY, EACH, Kind.SLOW_CHUNKED_BODY, EACH),
        stillOpen(new Timeouts(SHORT, LONG, LONG, LONG, LONG)));
  }

  @Test
  void theNoRequestTimeoutClosesConnectionsThatSendNothing() throws Exception {
    assertEquals(Map.of(Kind.UNFINISHED_HEADERS, EACH, Kind.SLOW_BODY, EACH, Kind.SLOW_CHUNKED_BODY, EACH),
        stillOpen(new Timeouts(LONG, SHORT, LONG, LONG, LONG)));
  }

  @Test
  void theReadTimeoutClosesEveryConnectionThatStopsSendingBodiesIncluded() throws Exception {
    // XNIO times every read of the connection: a stalled body, and an idle connection too
    assertEquals(Map.of(), stillOpen(new Timeouts(LONG, LONG, LONG, SHORT, LONG)));
  }

  @Test
  void theIdleTimeoutClosesEveryConnectionOnWhichNothingMoves() throws Exception {
    assertEquals(Map.of(), stillOpen(new Timeouts(LONG, LONG, SHORT, LONG, LONG)));
  }

  @Test
  void withoutThemUndertowKeepsEverySlowClient() throws Exception {
    assertEquals(Map.of(Kind.SILENT, EACH, Kind.UNFINISHED_HEADERS, EACH, Kind.SLOW_BODY, EACH,
        Kind.SLOW_CHUNKED_BODY, EACH), stillOpen(Timeouts.all(LONG)));
  }

  @Test
  void refusesTimeoutsThatAreNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> Timeouts.all(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> Timeouts.all(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> new Timeouts(SHORT, SHORT, SHORT, SHORT, null));
    assertThrows(IllegalArgumentException.class, () -> Timeouts.all(Duration.ofDays(30)));
  }

  @Test
  void eachWithReplacesOnlyItsOwnTimeout() {
    Duration one = Duration.ofSeconds(1);
    Duration two = Duration.ofSeconds(2);
    Timeouts ones = Timeouts.all(one);
    assertEquals(new Timeouts(two, one, one, one, one), ones.withRequestParse(two));
    assertEquals(new Timeouts(one, two, one, one, one), ones.withNoRequest(two));
    assertEquals(new Timeouts(one, one, two, one, one), ones.withIdle(two));
    assertEquals(new Timeouts(one, one, one, two, one), ones.withRead(two));
    assertEquals(new Timeouts(one, one, one, one, two), ones.withWrite(two));
  }
}
