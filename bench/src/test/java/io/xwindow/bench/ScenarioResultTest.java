package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's passes make one result. */
class ScenarioResultTest {
  private static final Measurement ONE_MS =
      new Measurement(Sample.of(1), Sample.of(1000), 1);

  @Test
  void passesThatAllMeasuredArePooled() {
    ScenarioResult pooled = ScenarioResult.pool(List.of(
        ScenarioResult.measured(Scenario.PENPAL, ONE_MS, List.of()),
        ScenarioResult.measured(Scenario.PENPAL, ONE_MS, List.of("late error"))));

    assertTrue(pooled.ok());
    assertEquals(2, pooled.measurement().roundTripMs().values().size());
    assertEquals(List.of("late error"), pooled.errors());
  }

  @Test
  void oneFailedPassFailsTheScenarioAndSaysWhich() {
    ScenarioResult pooled = ScenarioResult.pool(List.of(
        ScenarioResult.measured(Scenario.XWINDOW, ONE_MS, List.of()),
        ScenarioResult.failed(Scenario.XWINDOW, "burst of 1000: 998 resolved", List.of("e1")),
        ScenarioResult.failed(Scenario.XWINDOW, "other", List.of("e2"))));

    assertFalse(pooled.ok());
    assertEquals("in pass 2 of 3: burst of 1000: 998 resolved", pooled.failure());
    assertEquals(List.of("e1", "e2"), pooled.errors());
  }
}
