package io.xwindow.postrobot.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shape of our ids: post-robot's, every bit random, on the JVM. */
class IdsTest {
  @Test
  void anIdHasPostRobotsShape() {
    String id = Ids.format(0x3f9a0c2b, 0x1ea0b1c2, 0xd3e4f5a6);

    assertEquals("uid_3f9a0c2b1e_a0b1c2d3e4f5a6", id);
    assertTrue(id.matches("uid_[0-9a-f]{10}_[0-9a-z]+"));
  }

  @Test
  void leadingZerosAndHighBitsAreKept() {
    assertEquals("uid_0000000000_00000000000000", Ids.format(0, 0, 0));
    assertEquals("uid_ffffffffff_ffffffffffffff", Ids.format(-1, -1, -1));
    assertEquals("uid_0000000001_00000000000001", Ids.format(0, 0x01000000, 1));
  }

  @Test
  void eachOfTheNinetySixRandomBitsGivesAnotherId() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    ids.add(Ids.format(0, 0, 0));
    for (int bit = 0; bit < 32; bit++) {
      ids.add(Ids.format(1 << bit, 0, 0));
      ids.add(Ids.format(0, 1 << bit, 0));
      ids.add(Ids.format(0, 0, 1 << bit));
    }
    assertEquals(97, ids.size());
  }
}
