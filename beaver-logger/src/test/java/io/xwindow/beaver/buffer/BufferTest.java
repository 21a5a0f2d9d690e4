package io.xwindow.beaver.buffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BufferTest {
  @Test
  void aBatchIsBeaversWireWithItsIdAndDroppedCountInMeta() {
    Buffer batches = ListLines.buffer(100, 10_000);
    batches.add(Buffer.EVENT, "{\"level\":\"info\",\"event\":\"a\",\"payload\":{}}");
    batches.add(Buffer.TRACKING, "{\"t\":1}");
    batches.add(Buffer.METRIC, "{\"m\":1}");

    Batch batch = batches.next("id1", "{\"page\":\"p\"}", 60_000);

    assertEquals(
        "{\"events\":[{\"level\":\"info\",\"event\":\"a\",\"payload\":{}}],"
            + "\"meta\":{\"page\":\"p\",\"batchId\":\"id1\",\"dropped\":0},\"tracking\":[{\"t\":1}],\"metrics\":[{\"m\":1}]}",
        batch.wire);
    assertEquals(3, batch.entryCount);
    assertTrue(batches.isEmpty());
    assertNull(batches.next("id2", "{}", 60_000));
  }

  @Test
  void pastItsCountTheOldestGoAndTheNextBatchSaysHowMany() {
    Buffer batches = ListLines.buffer(3, 10_000);
    for (int i = 1; i <= 5; i++) {
      batches.add(Buffer.EVENT, "" + i);
    }

    Batch batch = batches.next("x", "{}", 60_000);

    assertEquals("{\"events\":[3,4,5],\"meta\":{\"batchId\":\"x\",\"dropped\":2},\"tracking\":[],\"metrics\":[]}", batch.wire);
    batches.add(Buffer.EVENT, "6");
    assertTrue(batches.next("y", "{}", 60_000).wire.contains("\"dropped\":0"));
  }

  @Test
  void pastItsSizeTheOldestGoToo() {
    Buffer batches = ListLines.buffer(100, 12);
    batches.add(Buffer.EVENT, "\"aaaa\"");
    batches.add(Buffer.EVENT, "\"bbbb\"");

    assertEquals(1, batches.size());
    assertTrue(batches.next("x", "{}", 60_000).wire.contains("[\"bbbb\"],\"meta\":{\"batchId\":\"x\",\"dropped\":1}"));
  }

  @Test
  void aBatchStopsAtItsBudgetAndTheRestWaitsForTheNext() {
    Buffer batches = ListLines.buffer(1000, 1_000_000);
    String event = "\"" + "e".repeat(98) + "\"";
    for (int i = 0; i < 30; i++) {
      batches.add(Buffer.EVENT, event);
    }

    Batch first = batches.next("a", "{}", 1200);
    Batch second = batches.next("b", "{}", 100_000);

    assertTrue(first.wire.length() <= 1200, "" + first.wire.length());
    assertEquals(30, first.entryCount + second.entryCount);
    assertTrue(first.entryCount > 5);
  }

  @Test
  void entriesOfARefusedBatchCountAsDropped() {
    Buffer batches = ListLines.buffer(10, 1000);
    batches.lost(4);
    batches.add(Buffer.EVENT, "1");
    assertTrue(batches.next("z", "{}", 60_000).wire.contains("\"dropped\":4"));
  }
}
