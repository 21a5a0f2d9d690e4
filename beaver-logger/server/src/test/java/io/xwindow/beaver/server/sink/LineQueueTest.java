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
  void batchesAreTakenWholeWithinBothBoundsAndWrittenInOrder() {
    LineQueue<String> queue = new LineQueue<>(4, 10, String::length, this::slowWrite, "test-writer");

    assertTrue(queue.offer(List.of("aa", "bb")));
    assertTrue(queue.offer(List.of("cc")));
    assertFalse(queue.offer(List.of("dd", "ee")), "five lines");
    assertFalse(queue.offer(List.of("ddddd")), "eleven bytes");
    assertTrue(queue.offer(List.of("dddd")));
    assertEquals(4, queue.lines());
    assertEquals(10, queue.bytes());
    open.countDown();
    queue.close();

    assertEquals(List.of("aa", "bb", "cc", "dddd"), written);
    assertEquals(0, queue.lines());
    assertEquals(0, queue.bytes());
  }

  @Test
  void anIdleQueueTakesABatchLargerThanItsBounds() {
    LineQueue<String> queue = new LineQueue<>(1, 2, String::length, this::slowWrite, "test-writer");

    assertTrue(queue.offer(List.of("abc", "def")));
    assertFalse(queue.offer(List.of("g")));
    open.countDown();
    queue.close();

    assertEquals(List.of("abc", "def"), written);
  }

  @Test
  void aClosedQueueTakesNothing() {
    LineQueue<String> queue = new LineQueue<>(10, 100, String::length, written::add, "test-writer");
    queue.close();

    assertFalse(queue.offer(List.of("late")));
    assertTrue(written.isEmpty());
  }
}
