package io.xwindow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The render section of RESULTS.md: how it was measured, the table, the goal, the failures. */
final class RenderReport {
  /** Text columns flush left (the library, how xprops was caught), numbers flush right. */
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0, 10);

  private RenderReport() {}

  /** The whole section, Markdown; {@code results} in the order of the table, zoid's first. */
  static String section(BrowserRun run, RenderPlan plan, List<RenderResult> results) {
    return "## Component render time\n\n"
        + run.measured("both libraries")
        + "Libraries, each under the global `zoid`: " + String.join(", ", run.libraries()) + ".\n\n"
        + method(run, plan) + "\n\n"
        + "Regenerate with `bin/bench render --record`.\n\n"
        + table(results) + "\n"
        + goal(results, plan) + "\n\n"
        + "Where the time to `render()` resolved goes, medians of each render's stages (ms):\n\n"
        + stages(results)
        + Notes.format(results.stream().map(r -> new Notes.Note(r.library().label, r.failure(), r.errors())).toList());
  }

  private static String method(BrowserRun run, RenderPlan plan) {
    return "Method: a parent page on `" + run.parentOrigin() + "` renders the same component, in the same "
        + "code, with each library: tag `bench-login`, props `defaultEmail` (string) and `onLoginSuccess` "
        + "(function), 400×200, as an iframe whose child page is on `" + run.childOrigin() + "`, another "
        + "site, where it loads the same library and the same definition. Each render goes into a fresh "
        + "container, and is closed before the next. The run makes " + plan.passes() + " passes over the "
        + "libraries, loading the pages afresh each time; each pass renders " + plan.warmUp() + " times untimed, "
        + "then " + plan.renders() + " times timed: " + plan.totalRenders() + " renders per library. Times run "
        + "from the `render()` call on the parent, on the clock both windows share "
        + "(`performance.timeOrigin + performance.now()`, coarsened to 0.1 ms): **child page starts**, the "
        + "child page's own `performance.timeOrigin`, when its navigation started (before it, the parent's "
        + "work: props, container, frame); **child has props**, the "
        + "moment the child page has `window.xprops` (caught by a setter the page puts on `window.xprops` "
        + "before it loads the library; the child then posts the time to the parent, which checks that "
        + "`defaultEmail` is the value it passed and `onLoginSuccess` a function); **render() resolved**, "
        + "when the promise `render()` returned resolved; **onRendered**, when the parent's `onRendered` "
        + "prop was called. Median and 90th percentile (interpolated) of the " + plan.totalRenders()
        + " renders. The second table splits each render at the child page's start and at its call of "
        + "`create()` (the child page notes the time on the line before the definition), and gives the "
        + "median of each stage.";
  }

  /** The table of figures, one row per library. */
  static String table(List<RenderResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Library", "Renders", "Child page starts ms", "p90 ms", "Child has props ms", "p90 ms", "render() resolved ms", "p90 ms",
        "onRendered ms", "p90 ms", "`xprops` caught by"});
    for (RenderResult result : results) {
      RenderTimes t = result.times();
      if (t == null) {
        rows.add(new String[] {result.library().label, result.notBuilt() ? "not built" : "failed",
            "", "", "", "", "", "", "", "", ""});
        continue;
      }
      rows.add(new String[] {result.library().label, String.valueOf(t.count()),
          ms(t.childStarted().median()), ms(RenderTimes.p90(t.childStarted())),
          ms(t.childProps().median()), ms(RenderTimes.p90(t.childProps())),
          ms(t.resolved().median()), ms(RenderTimes.p90(t.resolved())),
          ms(t.rendered().median()), ms(RenderTimes.p90(t.rendered())),
          String.join(", ", t.caughtBy())});
    }
    return MarkdownTable.format(rows, TEXT_COLUMNS);
  }

  /** The medians of each render's stages, one row per library that measured. */
  static String stages(List<RenderResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Library", "parent, until the child page starts", "child page, until it calls create()",
        "create(), until `xprops`", "`xprops`, until render() resolved"});
    for (RenderResult result : results) {
      if (result.ok()) {
        List<String> row = new ArrayList<>(List.of(result.library().label));
        result.times().stages().forEach(stage -> row.add(ms(stage.median())));
        rows.add(row.toArray(String[]::new));
      }
    }
    return MarkdownTable.format(rows, Set.of(0));
  }

  /** The render goal: xwindow no slower than zoid, median and p90, to the child's props and to render(). */
  static String goal(List<RenderResult> results, RenderPlan plan) {
    String head = "- **Goal**: xwindow no slower than zoid 10.6.0, median and p90 of "
        + plan.totalRenders() + " renders each: ";
    RenderResult zoid = find(results, RenderLibrary.ZOID_10);
    RenderResult ours = find(results, RenderLibrary.XWINDOW);
    for (RenderResult needed : new RenderResult[] {zoid, ours}) {
      if (needed == null || !needed.ok()) {
        String label = needed == null ? "a library" : needed.library().label;
        String why = needed == null ? "not run" : needed.notBuilt() ? "not built" : "it failed, see below";
        return head + "**not met**: " + label + " has no figures (" + why + ").";
      }
    }
    RenderTimes o = ours.times();
    RenderTimes z = zoid.times();
    return head + "child has props " + pair(o.childProps()) + " ms against " + pair(z.childProps()) + " ms; "
        + "render() resolved " + pair(o.resolved()) + " ms against " + pair(z.resolved()) + " ms: "
        + (o.noSlowerThan(z) ? "**met**" : "**not met**") + ".";
  }

  private static RenderResult find(List<RenderResult> results, RenderLibrary library) {
    return results.stream().filter(r -> r.library() == library).findFirst().orElse(null);
  }

  /** Median and p90, e.g. {@code 41.2 / 55.0}. */
  private static String pair(Sample sample) {
    return ms(sample.median()) + " / " + ms(RenderTimes.p90(sample));
  }

  /** Milliseconds, to a tenth: the clock's resolution. */
  static String ms(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
