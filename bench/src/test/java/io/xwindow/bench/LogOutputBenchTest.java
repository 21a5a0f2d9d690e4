package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogOutputBenchTest {
  @Test
  void theMetaIsFiftyKilobytesAndTheAttackIsAbout84() {
    assertEquals(LogOutputBench.META_BYTES, LogOutputBench.meta().length());
    String attack = LogOutputBench.requests().get(0).body();
    assertTrue(attack.length() > 80_000 && attack.length() < 86_000, "" + attack.length());
    assertEquals(1000, attack.split("\"level\":\"error\"", -1).length - 1);
  }

  @Test
  void everyMetaRequestHasItsTwinWithoutMeta() {
    List<LogOutputBench.Request> requests = LogOutputBench.requests();
    for (int i = 0; i < requests.size(); i++) {
      String name = requests.get(i).name();
      if (name.endsWith(" + 50 KB meta")) {
        String twin = requests.get(i + 1).name();
        assertEquals(name.replace(" + 50 KB meta", ", no meta"), twin);
        assertEquals(requests.get(i).body().length() - ",\"meta\":".length() - LogOutputBench.META_BYTES,
            requests.get(i + 1).body().length());
      }
    }
  }

  @Test
  void ratiosHaveTwoDecimals() {
    assertEquals("1.50×", LogOutputBench.ratio(3, 2));
  }
}
