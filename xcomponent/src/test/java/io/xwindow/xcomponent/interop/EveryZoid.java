package io.xwindow.xcomponent.interop;

import static org.junit.jupiter.api.Assertions.assertAll;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.Origins;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs one scenario against every {@link PublishedZoid} release, on fresh pages each time, and
 * reports every release that failed, by name, with the script errors its pages reported: a failure
 * with one release does not hide the other.
 */
final class EveryZoid {
  /** A scenario, written once for every release. */
  interface Scenario {
    void run(PublishedZoid zoid) throws Exception;
  }

  private EveryZoid() {}

  static void run(Browser browser, Origins origins, Scenario scenario) {
    List<Executable> runs = new ArrayList<>();
    for (PublishedZoid zoid : PublishedZoid.values()) {
      runs.add(() -> runOne(browser, origins, zoid, scenario));
    }
    assertAll(runs);
  }

  private static void runOne(Browser browser, Origins origins, PublishedZoid zoid,
      Scenario scenario) {
    Throwable failure = null;
    try {
      scenario.run(zoid);
    } catch (Throwable t) {
      failure = t;
    }
    browser.switchToMain();
    List<String> errors = new ArrayList<>(origins.errors().all());
    errors.addAll(browser.errors());
    origins.errors().clear();
    browser.reset();
    String scriptErrors =
        errors.isEmpty() ? "" : "\n  script errors:\n    " + String.join("\n    ", errors);
    if (failure != null) {
      throw new AssertionError(zoid + ": " + failure.getMessage() + scriptErrors, failure);
    }
    if (!errors.isEmpty()) {
      throw new AssertionError(zoid + ":" + scriptErrors);
    }
  }
}
