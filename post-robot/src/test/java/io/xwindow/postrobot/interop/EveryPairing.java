package io.xwindow.postrobot.interop;

import static org.junit.jupiter.api.Assertions.assertAll;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Origins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs one scenario for every {@link PublishedPostRobot} release in every {@link Direction},
 * each on fresh pages, and reports every pairing that failed, by name: a failure in one does not
 * hide the others.
 */
final class EveryPairing {
  /** A scenario, written once for all pairings. */
  interface Scenario {
    void run(Pairing pairing) throws Exception;
  }

  private EveryPairing() {}

  static void run(Browser browser, Origins origins, Scenario scenario) {
    List<Executable> pairings = new ArrayList<>();
    for (PublishedPostRobot release : PublishedPostRobot.values()) {
      for (Direction direction : Direction.values()) {
        pairings.add(() -> runOne(new Pairing(release, direction, browser, origins), scenario));
      }
    }
    assertAll(pairings);
  }

  private static void runOne(Pairing pairing, Scenario scenario) {
    Throwable failure = null;
    try {
      scenario.run(pairing);
    } catch (Throwable t) {
      failure = t;
    }
    List<String> errors = pairing.finish();
    String scriptErrors =
        errors.isEmpty() ? "" : "\n  script errors:\n    " + String.join("\n    ", errors);
    if (failure != null) {
      throw new AssertionError(pairing + ": " + failure.getMessage() + scriptErrors, failure);
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(pairing + ":" + scriptErrors);
    }
  }
}
