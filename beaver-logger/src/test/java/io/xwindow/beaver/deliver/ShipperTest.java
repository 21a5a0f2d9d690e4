package io.xwindow.beaver.deliver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.base.time.ManualTimers;
import io.xwindow.base.time.Task;
import io.xwindow.beaver.buffer.Buffer;
import io.xwindow.beaver.buffer.ListLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShipperTest {
  private final ManualTimers timers = new ManualTimers();
  private final Buffer batches = ListLines.buffer(1000, 1_000_000);
  private final List<String> sent = new ArrayList<>();
  private final List<String> left = new ArrayList<>();
  private final List<Transport.Done> waiting = new ArrayList<>();
  private int settled;
  private final Shipper shipper =
      Shipper.of(
          batches,
          (body, done) -> {
            sent.add(body);
            waiting.add(done);
          },
          left::add,
          new Clock() {
            @Override
            public double later(double millis, Task task) {
              return timers.later(millis, task);
            }

            @Override
            public void clearLater(double handle) {
              timers.cancel(handle);
            }

            @Override
            public double random() {
              return timers.random();
            }
          },
          () -> "{}",
          () -> settled++);

  private void answer(int status, double retryAfter) {
    waiting.remove(0).done(status, retryAfter);
  }

  private static String id(String body) {
    Matcher m = Pattern.compile("\"batchId\":\"([0-9a-z]+)\"").matcher(body);
    assertTrue(m.find(), body);
    return m.group(1);
  }

  @Test
  void nothingWaitingSendsNothing() {
    shipper.flush();
    assertEquals(List.of(), sent);
    assertEquals(1, settled);
  }

  @Test
  void aFailedBatchIsKeptAndRetriedWithTheSameIdAfterABackoff() {
    batches.add(Buffer.EVENT, "1");
    shipper.flush();
    answer(503, 0);
    batches.add(Buffer.EVENT, "2");

    timers.advance(1499); // first retry in 1000 ms: 500 fixed + 0.5 * 500 random... = 750
    assertEquals(2, sent.size());
    assertEquals(sent.get(0), sent.get(1));
    answer(500, 0);
    timers.advance(1499); // second retry: 1000 + 0.5 * 1000 = 1500
    assertEquals(2, sent.size());
    timers.advance(1);
    assertEquals(3, sent.size());
    timers.setRandom(0.3); // another id for the next batch
    answer(200, 0);

    assertEquals(4, sent.size(), "the entry logged meanwhile follows at once");
    assertTrue(sent.get(3).contains("\"events\":[2]"));
    assertNotEquals(id(sent.get(0)), id(sent.get(3)));
  }

  @Test
  void retryAfterIsHonoured() {
    batches.add(Buffer.EVENT, "1");
    shipper.flush();
    answer(429, 30_000);

    timers.advance(29_999);
    assertEquals(1, sent.size());
    timers.advance(1);
    assertEquals(2, sent.size());
  }

  @Test
  void aBatchRefusedForGoodIsDroppedAndCountedInTheNext() {
    batches.add(Buffer.EVENT, "1");
    batches.add(Buffer.EVENT, "2");
    shipper.flush();
    answer(400, 0);
    timers.advance(600_000);
    batches.add(Buffer.EVENT, "3");
    shipper.flush();

    assertEquals(2, sent.size());
    assertTrue(sent.get(1).contains("\"events\":[3],\"meta\":{\"batchId\":\"" + id(sent.get(1)) + "\",\"dropped\":2}"), sent.get(1));
  }

  @Test
  void aFlushWhileABatchIsOnItsWaySendsNothingNewUntilItIsAnswered() {
    batches.add(Buffer.EVENT, "1");
    shipper.flush();
    batches.add(Buffer.EVENT, "2");
    shipper.flush();

    assertEquals(1, sent.size());
    answer(200, 0);
    assertEquals(2, sent.size());
  }

  @Test
  void soonDebouncesFlushesWithin50Milliseconds() {
    batches.add(Buffer.EVENT, "1");
    shipper.soon();
    shipper.soon();
    timers.advance(49);
    assertEquals(0, sent.size());
    timers.advance(1);
    assertEquals(1, sent.size());
  }

  @Test
  void everyFlushesOnAnIntervalAndCanBeRescheduled() {
    shipper.every(60_000);
    batches.add(Buffer.EVENT, "1");
    timers.advance(60_000);
    assertEquals(1, sent.size());
    answer(200, 0);
    shipper.every(1000);
    batches.add(Buffer.EVENT, "2");
    timers.advance(1000);
    assertEquals(2, sent.size());
  }

  @Test
  void leavingSendsEverythingWaitingIncludingTheBatchOnItsWayWithItsId() {
    batches.add(Buffer.EVENT, "1");
    shipper.flush();
    batches.add(Buffer.EVENT, "2");

    shipper.leave();
    answer(0, 0); // the request on its way dies with the page

    assertEquals(2, left.size());
    assertEquals(sent.get(0), left.get(0));
    assertTrue(left.get(1).contains("\"events\":[2]"));
    timers.advance(600_000);
    assertEquals(1, sent.size(), "no retry after leaving");
  }

  @Test
  void leavingSplitsWhatWaitsIntoBatchesThatFitABeacon() {
    String big = "\"" + "x".repeat(998) + "\"";
    for (int i = 0; i < 150; i++) {
      batches.add(Buffer.EVENT, big);
    }

    shipper.leave();

    assertEquals(3, left.size());
    for (String body : left) {
      assertTrue(body.length() <= Shipper.MAX_BATCH_CHARS, "" + body.length());
    }
  }

  @Test
  void stopCancelsEveryTimer() {
    shipper.every(1000);
    batches.add(Buffer.EVENT, "1");
    shipper.soon();
    shipper.stop();
    assertEquals(0, timers.pending());
  }
}
