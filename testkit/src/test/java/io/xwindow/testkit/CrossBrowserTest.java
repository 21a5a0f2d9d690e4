package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * What a report shows of a {@link CrossBrowser} test: one run per engine, named with it, and a
 * declared gap as a skipped run with its reason, never a missing one.
 */
class CrossBrowserTest {
  /** Run by the engine test kit only (surefire leaves nested classes alone). */
  static class NoEngineCan {
    @CrossBrowser(
        cannot = {
          @Cannot(engine = Engine.HTMLUNIT, why = "no HtmlUnit here"),
          @Cannot(engine = Engine.CHROMIUM, why = "no Chromium here"),
          @Cannot(engine = Engine.FIREFOX, why = "no Firefox here"),
          @Cannot(engine = Engine.WEBKIT, why = "no WebKit here")
        })
    void gapsEverywhere(Browser browser) {
      throw new AssertionError("never runs");
    }

    @CrossBrowser(
        profile = Profile.POPUP_BLOCKER,
        cannot = {
          @Cannot(engine = Engine.CHROMIUM, why = "not needed"),
          @Cannot(engine = Engine.FIREFOX, why = "not needed"),
          @Cannot(engine = Engine.WEBKIT, why = "not needed")
        })
    void htmlUnitHasNoPopupBlocker(Browser browser) {
      throw new AssertionError("never runs");
    }
  }

  static class OnlyHtmlUnitRuns {
    @CrossBrowser(
        cannot = {
          @Cannot(engine = Engine.CHROMIUM, why = "not needed"),
          @Cannot(engine = Engine.FIREFOX, why = "not needed"),
          @Cannot(engine = Engine.WEBKIT, why = "not needed")
        })
    void failsWithItsEngineInTheMessage(Browser browser) {
      throw new AssertionError("the page said no");
    }
  }

  static class SaysNoReason {
    @CrossBrowser(cannot = @Cannot(engine = Engine.WEBKIT, why = " "))
    void blank(Browser browser) {}
  }

  private static List<Event> events(Class<?> fixture, EventType type) {
    List<Event> found = new ArrayList<>();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().allEvents()
        .stream()
        .filter(event -> event.getType() == type)
        .forEach(found::add);
    return found;
  }

  @Test
  void aDeclaredGapIsASkippedRunNamedWithItsEngineAndReason() {
    List<String> skipped = new ArrayList<>();
    for (Event event : events(NoEngineCan.class, EventType.SKIPPED)) {
      skipped.add(event.getTestDescriptor().getDisplayName() + ": "
          + event.getPayload(String.class).orElse(""));
    }

    Map<Engine, String> declared =
        Map.of(
            Engine.HTMLUNIT, "no HtmlUnit here",
            Engine.CHROMIUM, "no Chromium here",
            Engine.FIREFOX, "no Firefox here",
            Engine.WEBKIT, "no WebKit here");
    List<String> expected = new ArrayList<>();
    Set<Engine> selected = Engine.selected();
    for (Engine engine : Engine.values()) {
      if (selected.contains(engine)) {
        expected.add("[" + engine + "]: " + engine + " cannot run this: " + declared.get(engine));
      }
    }
    if (selected.contains(Engine.HTMLUNIT)) {
      expected.add("[HTMLUNIT] popup blocker: HTMLUNIT cannot run this: "
          + Engine.HTMLUNIT.cannotRun(Profile.POPUP_BLOCKER).orElseThrow());
    }
    for (Engine engine : List.of(Engine.CHROMIUM, Engine.FIREFOX, Engine.WEBKIT)) {
      if (selected.contains(engine)) {
        expected.add("[" + engine + "] popup blocker: " + engine + " cannot run this: not needed");
      }
    }
    Collections.sort(expected);
    Collections.sort(skipped);
    assertEquals(expected, skipped);
  }

  @Test
  @Tag(Lane.BROWSER) // runs HtmlUnit
  void aFailureNamesItsEngine() {
    if (!Engine.selected().contains(Engine.HTMLUNIT)) {
      return; // this run leaves HtmlUnit out
    }
    List<Event> failed =
        events(OnlyHtmlUnitRuns.class, EventType.FINISHED).stream()
            .filter(e -> e.getTestDescriptor().isTest())
            .toList();

    assertEquals(1, failed.size());
    assertEquals("[HTMLUNIT]", failed.get(0).getTestDescriptor().getDisplayName());
    Throwable thrown =
        failed.get(0).getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow().getThrowable().orElseThrow();
    assertEquals("[HTMLUNIT] the page said no", thrown.getMessage());
  }

  @Test
  void aGapWithoutAReasonIsRefused() {
    List<Event> finished = events(SaysNoReason.class, EventType.FINISHED);
    String failures = finished.toString();

    assertTrue(failures.contains("say why WEBKIT cannot run it"), failures);
  }

  @Test
  void theEnginePropertyNamesEnginesInAnyCase() {
    assertEquals(EnumSet.allOf(Engine.class), Engine.parse(""));
    assertEquals(EnumSet.of(Engine.FIREFOX), Engine.parse("firefox"));
    assertEquals(EnumSet.of(Engine.WEBKIT, Engine.CHROMIUM), Engine.parse(" WebKit , chromium "));
  }

  @Test
  void anUnknownEngineIsRefusedWithTheValidNames() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Engine.parse("firefox,safari"));

    assertEquals(
        "unknown engine 'safari' in xwindow.engine; choose from htmlunit, chromium, firefox, webkit",
        error.getMessage());
  }
}
