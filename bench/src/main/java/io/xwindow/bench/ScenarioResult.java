package io.xwindow.bench;

import java.util.List;

/**
 * How one scenario went: its measurement, or why it has none, and any script errors its pages
 * reported (a scenario may measure and still report some).
 */
record ScenarioResult(Scenario scenario, Measurement measurement, String failure, List<String> errors) {

  /** A scenario that measured. */
  static ScenarioResult measured(Scenario scenario, Measurement measurement, List<String> errors) {
    return new ScenarioResult(scenario, measurement, null, errors);
  }

  /** A scenario that could not be measured, and why. */
  static ScenarioResult failed(Scenario scenario, String failure, List<String> errors) {
    return new ScenarioResult(scenario, null, failure, errors);
  }

  /**
   * The passes of one scenario as one result: their measurements pooled when all measured, else the
   * first failure, naming its pass (counted from 1); the errors of every pass.
   */
  static ScenarioResult pool(List<ScenarioResult> passes) {
    Scenario scenario = passes.get(0).scenario();
    List<String> errors = passes.stream().flatMap(p -> p.errors().stream()).toList();
    for (int i = 0; i < passes.size(); i++) {
      if (!passes.get(i).ok()) {
        return failed(scenario, "in pass " + (i + 1) + " of " + passes.size() + ": " + passes.get(i).failure(), errors);
      }
    }
    return measured(scenario, Measurement.pool(passes.stream().map(ScenarioResult::measurement).toList()), errors);
  }

  /** Whether it measured. */
  boolean ok() {
    return measurement != null;
  }
}
