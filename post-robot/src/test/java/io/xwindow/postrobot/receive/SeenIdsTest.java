package io.xwindow.postrobot.receive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Duplicate message ids and the eviction of old ones, on the JVM. */
class SeenIdsTest {
  /** A Java set in place of the browser's dictionary. */
  private static final class JavaIdSet implements SeenIds.IdSet {
    private final Set<String> ids = new HashSet<>();

    @Override
    public boolean has(String id) {
      return ids.contains(id);
    }

    @Override
    public void add(String id) {
      ids.add(id);
    }
  }

  private static SeenIds seen(int capacity) {
    return new SeenIds(capacity, JavaIdSet::new);
  }

  @Test
  void anIdIsNewOnceAndADuplicateAfterwards() {
    SeenIds seen = seen(4);
    assertTrue(seen.firstTime("a"));
    assertFalse(seen.firstTime("a"));
    assertFalse(seen.firstTime("a"));
  }

  @Test
  void theLastCapacityIdsAreAlwaysRemembered() {
    SeenIds seen = seen(4);
    for (int i = 0; i < 100; i++) {
      assertTrue(seen.firstTime("id" + i));
      for (int back = 0; back < 4 && back <= i; back++) {
        assertFalse(seen.firstTime("id" + (i - back)), "id" + (i - back) + " after id" + i);
      }
    }
  }

  @Test
  void idsOlderThanTwoGenerationsAreForgotten() {
    SeenIds seen = seen(4);
    for (int i = 0; i < 9; i++) {
      seen.firstTime("id" + i);
    }
    assertTrue(seen.firstTime("id0"), "two generations later, id0 is gone");
  }

  @Test
  void theMemoryIsBoundedByTwiceTheCapacity() {
    int[] created = {0};
    SeenIds seen = new SeenIds(3, () -> {
      created[0]++;
      return new JavaIdSet();
    });
    for (int i = 0; i < 30; i++) {
      seen.firstTime("id" + i);
    }
    // a new young generation each 3 ids; only two are reachable at any time
    assertTrue(created[0] >= 10);
    assertTrue(seen.firstTime("id0"));
    assertFalse(seen.firstTime("id29"));
  }
}
