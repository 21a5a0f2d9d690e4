package io.xwindow.beaver.server.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.xwindow.beaver.server.wire.Event;
import io.xwindow.beaver.server.wire.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadShedderTest {
  private static Event event(Level level) {
    return new Event(level, level.wireName(), JsonNodeFactory.instance.objectNode());
  }

  private final List<Event> all = List.of(event(Level.DEBUG), event(Level.INFO), event(Level.WARN), event(Level.ERROR));

  @Test
  void belowBothThresholdsEverythingIsKept() {
    assertSame(all, new LoadShedder(() -> 9, () -> 999, 10, 1000).keep(all));
  }

  @Test
  void atTheLineThresholdOnlyWarnAndErrorAreKept() {
    AtomicInteger backlog = new AtomicInteger(10);
    LoadShedder shedder = new LoadShedder(backlog::get, () -> 0, 10, 1000);

    assertEquals(List.of(all.get(2), all.get(3)), shedder.keep(all));
    backlog.set(0);
    assertEquals(all, shedder.keep(all));
  }

  @Test
  void aFewHugeLinesShedByTheirBytesAlone() {
    AtomicLong bytes = new AtomicLong(1000);
    LoadShedder shedder = new LoadShedder(() -> 1, bytes::get, 10, 1000);

    assertEquals(List.of(all.get(2), all.get(3)), shedder.keep(all));
    bytes.set(999);
    assertSame(all, shedder.keep(all));
  }
}
