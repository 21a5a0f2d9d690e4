package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each messaging goal is judged on the figures, and says which. */
class GoalsTest {

  private static ScenarioResult result(Scenario scenario, double roundTripMs, double callsPerSecond,
      double windowMessages) {
    return ScenarioResult.measured(scenario,
        new Measurement(Sample.of(roundTripMs), Sample.of(callsPerSecond), windowMessages), List.of());
  }

  private static Map<Scenario, ScenarioResult> field() {
    Map<Scenario, ScenarioResult> results = new EnumMap<>(Scenario.class);
    results.put(Scenario.RAW_WINDOW, result(Scenario.RAW_WINDOW, 0.8, 3000, 1));
    results.put(Scenario.PENPAL, result(Scenario.PENPAL, 0.3, 6000, 0));
    results.put(Scenario.POST_ROBOT, result(Scenario.POST_ROBOT, 1.2, 1500, 1));
    return results;
  }

  @Test
  void goalsMetWhenOnAChannelNoSlowerThanPenpalAndFastOnTheWire() {
    Map<Scenario, ScenarioResult> results = field();
    results.put(Scenario.XWINDOW, result(Scenario.XWINDOW, 0.3, 6000, 0));
    results.put(Scenario.XWINDOW_TO_POST_ROBOT, result(Scenario.XWINDOW_TO_POST_ROBOT, 0.96, 3000, 1));
    results.put(Scenario.POST_ROBOT_TO_XWINDOW, result(Scenario.POST_ROBOT_TO_XWINDOW, 1.0, 1500, 1));

    List<String> goals = Goals.judge(results);

    assertEquals("- **Goal: no slower than penpal**, xwindow ↔ xwindow (6) against penpal 7 (3): round trip 0.300 ms against "
        + "0.300 ms: **met**; burst 6,000 calls/s against 6,000: **met**; calls on a private channel: **met** "
        + "(0.00 window messages per call reach the parent; penpal 0.00).", goals.get(0));
    assertEquals("- **Goal on the post-robot wire**, xwindow parent → post-robot 10 child (7): round trip "
        + "0.960 ms = 1.20× the raw `window.postMessage` echo (0.800 ms), at most 1.20×: **met**; burst "
        + "3,000 calls/s = 2.00× post-robot 10's (1,500 calls/s), at least 2.00×: **met**.", goals.get(1));
    assertEquals("- For reference, post-robot 10 parent → xwindow child (8), not judged (post-robot 10 sends): "
        + "round trip 1.000 ms = 1.25× the raw `window.postMessage` echo (0.800 ms); burst 1,500 calls/s = "
        + "1.00× post-robot 10's (1,500 calls/s).", goals.get(2));
  }

  @Test
  void goalsNotMetWhenSlowerOrOnWindowMessages() {
    Map<Scenario, ScenarioResult> results = field();
    results.put(Scenario.XWINDOW, result(Scenario.XWINDOW, 0.9, 20000, 1));
    results.put(Scenario.XWINDOW_TO_POST_ROBOT, result(Scenario.XWINDOW_TO_POST_ROBOT, 1.0, 2900, 1));

    List<String> goals = Goals.judge(results);

    assertEquals("- **Goal: no slower than penpal**, xwindow ↔ xwindow (6) against penpal 7 (3): round trip 0.900 ms against "
        + "0.300 ms: **not met**; burst 20,000 calls/s against 6,000: **met**; calls on a private channel: "
        + "**not met** (1.00 window messages per call reach the parent; penpal 0.00).", goals.get(0));
    assertEquals("- **Goal on the post-robot wire**, xwindow parent → post-robot 10 child (7): round trip "
        + "1.000 ms = 1.25× the raw `window.postMessage` echo (0.800 ms), at most 1.20×: **not met**; burst "
        + "2,900 calls/s = 1.93× post-robot 10's (1,500 calls/s), at least 2.00×: **not met**.", goals.get(1));
  }

  @Test
  void aFailedOrMissingScenarioMeansNotMet() {
    Map<Scenario, ScenarioResult> results = field();
    results.put(Scenario.XWINDOW, ScenarioResult.failed(Scenario.XWINDOW, "timeout", List.of()));

    List<String> goals = Goals.judge(results);

    assertEquals("- **Goal: no slower than penpal**, xwindow ↔ xwindow (6) against penpal 7 (3): **not met**: scenario (6) has no "
        + "figures (it failed, see below).", goals.get(0));
    assertEquals("- **Goal on the post-robot wire**, xwindow parent → post-robot 10 child (7): **not met**: "
        + "scenario (7) has no figures (not run).", goals.get(1));
  }
}
