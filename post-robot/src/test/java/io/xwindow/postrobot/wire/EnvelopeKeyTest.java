package io.xwindow.postrobot.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnvelopeKeyTest {
  @Test
  void hearsEveryPostRobotVersionKey() {
    for (String key : new String[] {"__post_robot_10_0_46__", "__post_robot_11_0_0__",
        "__post_robot_10_0_44__", "__post_robot_8__", "__post_robot_1_2_3_4__"}) {
      assertTrue(EnvelopeKey.isKey(key), key);
    }
  }

  @Test
  void refusesLookAlikes() {
    for (String key : new String[] {null, "", "__post_robot__", "__post_robot___", "__post_robot_x__",
        "__post_robot_10__0__", "__post_robot__10__", "__post_robot_10_", "post_robot_10__",
        "__post_robot_10_0_46__x", "__proto__", "__post_robot_1e3__"}) {
      assertFalse(EnvelopeKey.isKey(key), String.valueOf(key));
    }
  }

  @Test
  void everyHelloKeyIsAKey() {
    for (String key : EnvelopeKey.helloKeys(java.util.List::of)) {
      assertTrue(EnvelopeKey.isKey(key), key);
    }
  }

  @Test
  void onlyEnvelopeStringsAreParsed() {
    assertTrue(EnvelopeKey.mayBeEnvelope("{\"__post_robot_10_0_46__\":[]}"));
    assertFalse(EnvelopeKey.mayBeEnvelope(" {\"__post_robot_10_0_46__\":[]}"));
    assertFalse(EnvelopeKey.mayBeEnvelope("{\"zoid\":1}"));
  }
}
