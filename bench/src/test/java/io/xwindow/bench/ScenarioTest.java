package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The eight scenarios, numbered as the results number them, and each has its pages' scripts. */
class ScenarioTest {

  @Test
  void numberedOneToEightInTheResultsOrder() {
    assertEquals("12345678", Arrays.stream(Scenario.values()).map(s -> "" + s.number).reduce("", String::concat));
  }

  @Test
  void everyAdapterHasBothSidesAndTheHarnessExists() {
    assertFalse(ScenarioPages.script("harness.js").isBlank());
    for (Scenario scenario : Scenario.values()) {
      assertFalse(ScenarioPages.script(scenario.adapter + ".parent.js").isBlank(), scenario.name());
      assertFalse(ScenarioPages.script(scenario.adapter + ".child.js").isBlank(), scenario.name());
    }
  }

  @Test
  void planGoesToThePageAsOnePass() {
    assertEquals("{warmUp:200,blocks:10,blockSize:50,warmUpBursts:1,bursts:3,burstSize:1000,burstLimitMs:20000}",
        Plan.STANDARD.toJs());
  }
}
