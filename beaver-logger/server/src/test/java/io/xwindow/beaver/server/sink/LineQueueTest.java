package io.xwindow.beaver.server.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LineQueueTest {
  private final List<String> written = new CopyOnWriteArrayList<>();
  private final CountDownLatch open = new CountDownLatch(1);

  private void slowWrite(String line) {
    try {
      open.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    written.add(line);
  }

  @Test
  void batchesAreTakenWholeWithinBothBoundsAndWrittenInOrder() throws Exception {
    LineQueue<String> queue = new LineQueue<>(4, 10, String::length, this::slowWrite, "test-writer");

    assertTrue(queue.offer(List.of("aa", "bb"), 0));
    assertTrue(queue.offer(List.of("cc"), 0));
    assertFalse(queue.offer(List.of("dd", "ee"), 0), "five lines");
    assertFalse(queue.offer(List.of("ddddd"), 0), "eleven bytes");
    assertTrue(queue.offer(List.of("dddd"), 0));
    assertEquals(4, queue.lines());
    assertEquals(10, queue.bytes());
    open.countDown();
    queue.close();

    assertEquals(List.of("aa", "bb", "cc", "dddd"), written);
    assertEquals(0, queue.lines());
    assertEquals(0, queue.bytes());
  }

  @Test
  void anIdleQueueTakesABatchLargerThanItsBounds() throws Exception {
    LineQueue<String> queue = new LineQueue<>(1, 2, String::length, this::slowWrite, "test-writer");

    assertTrue(queue.offer(List.of("abc", "def"), 0));
    assertFalse(queue.offer(List.of("g"), 0));
    open.countDown();
    queue.close();

    assertEquals(List.of("abc", "def"), written);
  }

  @Test
  void aBatchWaitsForRoomUpToItsWait() throws Exception {
    LineQueue<String> queue = new LineQueue<>(2, 100, String::length, this::slowWrite, "test-writer");
    assertTrue(queue.offer(List.of("a", "b"), 0));

    long started = System.nanoTime();
    assertFalse(queue.offer(List.of("c"), 100), "no room within 100 ms");
    assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(90));
    Thread opener = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
      open.countDown();
    });
    opener.start();
    assertTrue(queue.offer(List.of("c"), 5_000), "room made while it waits");
    queue.close();

    assertEquals(List.of("a", "b", "c"), written);
  }

  @Test
  void aClosedQueueTakesNothing() throws Exception {
    LineQueue<String> queue = new LineQueue<>(10, 100, String::length, written::add, "test-writer");
    queue.close();

    assertFalse(queue.offer(List.of("late"), 0));
    assertTrue(written.isEmpty());
  }
}
