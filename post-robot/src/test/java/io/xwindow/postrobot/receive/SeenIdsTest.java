package io.xwindow.postrobot.receive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.postrobot.browser.JavaTable;
import org.junit.jupiter.api.Test;

/** Duplicate message ids, each window's own, and the eviction of old ones, on the JVM. */
class SeenIdsTest {
  private static final String ORIGIN = "https://pay.example";
  private final Object parent = new Object();
  private final Object partner = new Object();
  private final Object hostile = new Object();

  private static SeenIds<Object> seen(int capacity) {
    return new SeenIds<>(capacity, JavaTable::new, new JavaTable<>());
  }

  @Test
  void anIdIsNewOnceAndADuplicateAfterwards() {
    SeenIds<Object> seen = seen(4);
    assertTrue(seen.firstTime(partner, ORIGIN, "a"));
    assertFalse(seen.firstTime(partner, ORIGIN, "a"));
    assertFalse(seen.firstTime(partner, ORIGIN, "a"));
  }

  @Test
  void idsAnotherWindowSentFirstSilenceNothing() {
    SeenIds<Object> seen = seen(4096);
    // a third frame posts the ids the parent will use next, thousands of them
    for (int i = 1; i <= 3000; i++) {
      assertTrue(seen.firstTime(hostile, "http://evil.example", "uid_parent_" + i));
    }
    for (int i = 1; i <= 3000; i++) {
      assertTrue(seen.firstTime(parent, ORIGIN, "uid_parent_" + i), "the parent's message " + i);
    }
    assertFalse(seen.firstTime(hostile, "http://evil.example", "uid_parent_1"));
  }

  @Test
  void anIdCountsForTheOriginThatSentIt() {
    SeenIds<Object> seen = seen(4);
    assertTrue(seen.firstTime(partner, ORIGIN, "a"));
    // a new page in the same window, on another origin, starts afresh
    assertTrue(seen.firstTime(partner, "http://evil.example", "a"));
    assertFalse(seen.firstTime(partner, "http://evil.example", "a"));
  }

  @Test
  void onlyTheFloodingWindowLosesItsMemory() {
    SeenIds<Object> seen = seen(4);
    assertTrue(seen.firstTime(partner, ORIGIN, "kept"));
    for (int i = 0; i < 100; i++) {
      seen.firstTime(hostile, ORIGIN, "junk" + i);
    }
    assertFalse(seen.firstTime(partner, ORIGIN, "kept"), "the partner's ids outlive another's flood");
  }

  @Test
  void theLastCapacityIdsAreAlwaysRemembered() {
    SeenIds<Object> seen = seen(4);
    for (int i = 0; i < 100; i++) {
      assertTrue(seen.firstTime(partner, ORIGIN, "id" + i));
      for (int back = 0; back < 4 && back <= i; back++) {
        assertFalse(seen.firstTime(partner, ORIGIN, "id" + (i - back)), "id" + (i - back) + " after id" + i);
      }
    }
  }

  @Test
  void idsOlderThanTwoGenerationsAreForgotten() {
    SeenIds<Object> seen = seen(4);
    for (int i = 0; i < 9; i++) {
      seen.firstTime(partner, ORIGIN, "id" + i);
    }
    assertTrue(seen.firstTime(partner, ORIGIN, "id0"), "two generations later, id0 is gone");
  }

  @Test
  void theMemoryIsBoundedByTwiceTheCapacity() {
    int[] created = {0};
    SeenIds<Object> seen = new SeenIds<>(3, () -> {
      created[0]++;
      return new JavaTable<>();
    }, new JavaTable<>());
    for (int i = 0; i < 30; i++) {
      seen.firstTime(partner, ORIGIN, "id" + i);
    }
    // a new young generation each 3 ids; only two are reachable at any time
    assertTrue(created[0] >= 10);
    assertTrue(seen.firstTime(partner, ORIGIN, "id0"));
    assertFalse(seen.firstTime(partner, ORIGIN, "id29"));
  }
}
