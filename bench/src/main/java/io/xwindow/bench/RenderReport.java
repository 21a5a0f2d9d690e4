package io.xwindow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The render section of RESULTS.md: how it was measured, the table, the goal, the child's builds
 * compared, the failures.
 */
final class RenderReport {
  /** Text columns flush left (the library, how xprops was caught), numbers flush right. */
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0, 10);

  private RenderReport() {}

  /** The whole section, Markdown; {@code results} in the order of the table, that of {@link RenderLibrary}. */
  static String section(BrowserRun run, RenderPlan plan, List<RenderResult> results) {
    return "## Component render time\n\n"
        + run.measured("all four rows")
        + "Libraries, each under the global `zoid`: " + String.join(", ", run.libraries()) + ".\n\n"
        + method(run, plan) + "\n\n"
        + "Regenerate with `bin/bench render --record`.\n\n"
        + table(results) + "\n"
        + goal(results, plan) + "\n"
        + childBuilds(results) + "\n"
        + childAgainstFull(results) + "\n\n"
        + "Where the time to `render()` resolved goes, medians of each render's stages (ms):\n\n"
        + stages(results)
        + Notes.format(results.stream().map(r -> new Notes.Note(r.library().label, r.failure(), r.errors())).toList());
  }

  private static String method(BrowserRun run, RenderPlan plan) {
    return "Method: a parent page on `" + run.parentOrigin() + "` renders the same component, in the same "
        + "code, with each library: tag `bench-login`, props `defaultEmail` (string) and `onLoginSuccess` "
        + "(function), 400×200, as an iframe whose child page is on `" + run.childOrigin() + "`, another "
        + "site, where it loads the same library and the same definition. Four rows: in the first two, both "
        + "pages load the library's full build (zoid 10.6.0's `" + RenderLibrary.ZOID_FILE + "`, xwindow's "
        + "`zoid.js`); in the other two, the parent page loads the same full build and the child page, the "
        + "component's own, which renders no component, loads the build made for such a page: zoid 10.6.0's "
        + "frame build `" + RenderLibrary.ZOID_FRAME_FILE + "`, xwindow's child's build `zoid-child.js`. Each "
        + "render goes into a fresh container, and is closed before the next. The run makes " + plan.passes()
        + " passes over the rows, in an order reversed every other pass, loading the pages afresh each time; "
        + "each pass renders " + plan.warmUp() + " times untimed, then " + plan.renders() + " times timed: "
        + plan.totalRenders() + " renders per row. Times run "
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

  /** The table of figures, one row per library and build. */
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

  /** The medians of each render's stages, one row per row of the table that measured. */
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

  /**
   * The first of {@code needed} without figures, as "LABEL has no figures (WHY)", where a row not
   * run (null) is called {@code unnamed}; null when each has figures.
   */
  private static String noFigures(String unnamed, RenderResult... needed) {
    for (RenderResult result : needed) {
      if (result == null || !result.ok()) {
        String label = result == null ? unnamed : result.library().label;
        String why = result == null ? "not run" : result.notBuilt() ? "not built" : "it failed, see below";
        return label + " has no figures (" + why + ")";
      }
    }
    return null;
  }

  /**
   * The most xwindow's times may be, as a share of zoid's: 0.9, so that it stays ahead through this
   * machine's noise.
   */
  static final double GOAL_RATIO = 0.9;

  /**
   * The render goal: xwindow at most {@link #GOAL_RATIO} times zoid, median and p90, to the child's
   * props and to render().
   */
  static String goal(List<RenderResult> results, RenderPlan plan) {
    String head = "- **Goal**: xwindow at most 0.9× zoid 10.6.0, median and p90 of "
        + plan.totalRenders() + " renders each: ";
    RenderResult zoid = find(results, RenderLibrary.ZOID_10);
    RenderResult ours = find(results, RenderLibrary.XWINDOW);
    String absent = noFigures("a library", zoid, ours);
    if (absent != null) {
      return head + "**not met**: " + absent + ".";
    }
    RenderTimes o = ours.times();
    RenderTimes z = zoid.times();
    return head + "child has props " + pair(o.childProps()) + " ms against " + pair(z.childProps()) + " ms; "
        + "render() resolved " + pair(o.resolved()) + " ms against " + pair(z.resolved()) + " ms: "
        + (o.atMost(GOAL_RATIO, z) ? "**met**" : "**not met**") + ".";
  }

  /**
   * The child's builds against each other, not judged: xwindow's child's build against zoid
   * 10.6.0's frame build, each on the child page below the library's full build on the parent.
   */
  static String childBuilds(List<RenderResult> results) {
    return compared("- For reference, not judged: the child's builds, xwindow's against zoid 10.6.0's frame build "
        + "(on the child page; the parent page loads each library's full build): ",
        find(results, RenderLibrary.XWINDOW_CHILD), find(results, RenderLibrary.ZOID_10_FRAME));
  }

  /** What xwindow's child's build changes against its full build on the child page, not judged. */
  static String childAgainstFull(List<RenderResult> results) {
    return compared("- For reference, not judged: xwindow's child's build against its full build, on the child page: ",
        find(results, RenderLibrary.XWINDOW_CHILD), find(results, RenderLibrary.XWINDOW));
  }

  /**
   * {@code head}, then the child page's own stage (median), the child's props and render()
   * resolved (median / p90) of {@code ours} against {@code theirs}, with their ratios.
   */
  private static String compared(String head, RenderResult ours, RenderResult theirs) {
    String absent = noFigures("a row", ours, theirs);
    if (absent != null) {
      return head + absent + ".";
    }
    RenderTimes o = ours.times();
    RenderTimes t = theirs.times();
    return head + "child page, until it calls create() " + ms(o.childPage().median()) + " ms against "
        + ms(t.childPage().median()) + " ms (" + ratio(o.childPage().median(), t.childPage().median()) + "); "
        + "child has props " + againstPair(o.childProps(), t.childProps()) + "; "
        + "render() resolved " + againstPair(o.resolved(), t.resolved()) + ".";
  }

  /** E.g. {@code 30.0 / 38.0 ms against 60.0 / 76.0 ms (0.50× / 0.50×)}. */
  private static String againstPair(Sample ours, Sample theirs) {
    return pair(ours) + " ms against " + pair(theirs) + " ms (" + ratio(ours.median(), theirs.median()) + " / "
        + ratio(RenderTimes.p90(ours), RenderTimes.p90(theirs)) + ")";
  }

  /** Ours over theirs, e.g. {@code 0.85×}. */
  private static String ratio(double ours, double theirs) {
    return String.format(Locale.ROOT, "%.2f×", ours / theirs);
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
