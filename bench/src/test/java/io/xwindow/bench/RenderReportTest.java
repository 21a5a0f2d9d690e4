package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The render table, its goal line and its notes, from made-up figures. */
class RenderReportTest {
  private static final RenderPlan PLAN = new RenderPlan(3, 3, 10, 15_000);

  private static RenderResult measured(RenderLibrary library, Sample props, Sample resolved, Sample rendered) {
    Sample started = Sample.of(props.values().stream().mapToDouble(v -> v / 10).toArray());
    Sample creating = Sample.of(props.values().stream().mapToDouble(v -> v / 2).toArray());
    return RenderResult.measured(library,
        new RenderTimes(started, creating, props, resolved, rendered, List.of("setter")), List.of());
  }

  private static RenderResult zoid() {
    return measured(RenderLibrary.ZOID_10, Sample.of(60, 65, 80), Sample.of(62, 67, 82), Sample.of(62, 67.04, 83));
  }

  private static RenderResult zoidFrame() {
    return measured(RenderLibrary.ZOID_10_FRAME, Sample.of(60, 65, 80), Sample.of(62, 67, 82), Sample.of(62, 67.04, 83));
  }

  private static RenderResult oursChild() {
    return measured(RenderLibrary.XWINDOW_CHILD, Sample.of(20, 30, 40), Sample.of(21, 31, 41), Sample.of(21, 31, 41));
  }

  private static RenderResult oursFull() {
    return measured(RenderLibrary.XWINDOW, Sample.of(30, 40, 50), Sample.of(31, 41, 51), Sample.of(31, 41, 51));
  }

  @Test
  void tableGivesMedianAndP90OfEachStep() {
    RenderResult ours = measured(RenderLibrary.XWINDOW, Sample.of(20, 30, 40), Sample.of(21, 31, 41),
        Sample.of(21, 31, 41));

    assertEquals(""
        + "| Library     | Renders | Child page starts ms | p90 ms | Child has props ms | p90 ms "
        + "| render() resolved ms | p90 ms | onRendered ms | p90 ms | `xprops` caught by |\n"
        + "|-------------|--------:|---------------------:|-------:|-------------------:|-------:"
        + "|---------------------:|-------:|--------------:|-------:|--------------------|\n"
        + "| zoid 10.6.0 |       3 |                  6.5 |    7.7 |               65.0 |   77.0 "
        + "|                 67.0 |   79.0 |          67.0 |   79.8 | setter             |\n"
        + "| xwindow     |       3 |                  3.0 |    3.8 |               30.0 |   38.0 "
        + "|                 31.0 |   39.0 |          31.0 |   39.0 | setter             |\n",
        RenderReport.table(List.of(zoid(), ours)));
  }

  @Test
  void stagesGiveTheMedianOfEachStepOfEachLibraryThatMeasured() {
    RenderResult ours = measured(RenderLibrary.XWINDOW, Sample.of(20, 30, 40), Sample.of(21, 31, 41),
        Sample.of(21, 31, 41));

    assertEquals(""
        + "| Library     | parent, until the child page starts | child page, until it calls create() "
        + "| create(), until `xprops` | `xprops`, until render() resolved |\n"
        + "|-------------|------------------------------------:|------------------------------------:"
        + "|-------------------------:|----------------------------------:|\n"
        + "| zoid 10.6.0 |                                 6.5 |                                26.0 "
        + "|                     32.5 |                               2.0 |\n",
        RenderReport.stages(List.of(zoid(), RenderResult.failed(RenderLibrary.XWINDOW, "x", List.of()))));
    assertTrue(RenderReport.stages(List.of(zoid(), ours)).contains(
        "| xwindow     |                                 3.0 |                                12.0 "
        + "|                     15.0 |                               1.0 |\n"));
  }

  @Test
  void tableHasARowForEachBuildTheChildPageLoads() {
    String table = RenderReport.table(List.of(zoid(), oursFull(), zoidFrame(), oursChild()));

    assertTrue(table.contains("\n| zoid 10.6.0, frame build |       3 |"), table);
    assertTrue(table.contains("\n| xwindow, child's build   |       3 |                  3.0 |"), table);
  }

  @Test
  void childBuildsCompareXwindowsChildBuildWithZoidsFrameBuild() {
    assertEquals("- For reference, not judged: the child's builds, xwindow's against zoid 10.6.0's frame build "
        + "(on the child page; the parent page loads each library's full build): child page, until it calls "
        + "create() 12.0 ms against 26.0 ms (0.46×); child has props 30.0 / 38.0 ms against 65.0 / 77.0 ms "
        + "(0.46× / 0.49×); render() resolved 31.0 / 39.0 ms against 67.0 / 79.0 ms (0.46× / 0.49×).",
        RenderReport.childBuilds(List.of(zoid(), oursFull(), zoidFrame(), oursChild())));
  }

  @Test
  void childAgainstFullComparesXwindowsTwoBuildsOnTheChildPage() {
    assertEquals("- For reference, not judged: xwindow's child's build against its full build, on the child page: "
        + "child page, until it calls create() 12.0 ms against 16.0 ms (0.75×); child has props 30.0 / 38.0 ms "
        + "against 40.0 / 48.0 ms (0.75× / 0.79×); render() resolved 31.0 / 39.0 ms against 41.0 / 49.0 ms "
        + "(0.76× / 0.80×).",
        RenderReport.childAgainstFull(List.of(zoid(), oursFull(), zoidFrame(), oursChild())));
  }

  @Test
  void aComparisonWithoutFiguresSaysWhichRowHasNone() {
    assertEquals("- For reference, not judged: xwindow's child's build against its full build, on the child page: "
        + "xwindow, child's build has no figures (not built).",
        RenderReport.childAgainstFull(List.of(zoid(), oursFull(),
            RenderResult.notBuilt(RenderLibrary.XWINDOW_CHILD, "no zoid-child.js"))));
    assertTrue(RenderReport.childBuilds(List.of(zoid(), oursFull(), oursChild(),
            RenderResult.failed(RenderLibrary.ZOID_10_FRAME, "x", List.of())))
        .endsWith("): zoid 10.6.0, frame build has no figures (it failed, see below)."));
    assertTrue(RenderReport.childBuilds(List.of(zoid(), oursChild()))
        .endsWith("): a row has no figures (not run)."));
  }

  @Test
  void theGoalIsStillJudgedOnTheFullBuildsAlone() {
    RenderResult slowFull = measured(RenderLibrary.XWINDOW, Sample.of(90, 95, 99), Sample.of(91, 96, 100),
        Sample.of(91, 96, 100));

    String goal = RenderReport.goal(List.of(zoid(), slowFull, zoidFrame(), oursChild()), PLAN);

    assertTrue(goal.contains("child has props 95.0 / 98.2 ms against 65.0 / 77.0 ms"), goal);
    assertTrue(goal.endsWith("**not met**."), goal);
  }

  @Test
  void aLibraryNotBuiltOrFailedSaysWhichInTheTable() {
    String notBuilt = RenderReport.table(List.of(zoid(), RenderResult.notBuilt(RenderLibrary.XWINDOW, "no zoid.js")));
    String failed = RenderReport.table(List.of(zoid(),
        RenderResult.failed(RenderLibrary.XWINDOW, "render 0: render() did not resolve", List.of())));

    assertTrue(notBuilt.contains("| xwindow     | not built |"), notBuilt);
    assertTrue(failed.contains("| xwindow     |  failed |"), failed);
  }

  @Test
  void goalMetWhenAtMostNineTenthsOfZoidsInMedianAndP90() {
    RenderResult ours = measured(RenderLibrary.XWINDOW, Sample.of(20, 30, 40), Sample.of(21, 31, 41),
        Sample.of(21, 31, 41));

    assertEquals("- **Goal**: xwindow at most 0.9× zoid 10.6.0, median and p90 of 30 renders each: "
        + "child has props 30.0 / 38.0 ms against 65.0 / 77.0 ms; render() resolved 31.0 / 39.0 ms against "
        + "67.0 / 79.0 ms: **met**.", RenderReport.goal(List.of(zoid(), ours), PLAN));
  }

  @Test
  void goalNotMetWhenFasterThanZoidButNotByATenth() {
    // medians 62 and 64 ms against zoid's 65 and 67: faster, but over 0.9 times (58.5 and 60.3 ms)
    RenderResult ours = measured(RenderLibrary.XWINDOW, Sample.of(55, 62, 70), Sample.of(57, 64, 70),
        Sample.of(57, 64, 70));

    String goal = RenderReport.goal(List.of(zoid(), ours), PLAN);

    assertTrue(goal.contains("child has props 62.0 / 68.4 ms against 65.0 / 77.0 ms"), goal);
    assertTrue(goal.endsWith("**not met**."), goal);
  }

  @Test
  void goalNotMetWhenAP90IsSlower() {
    RenderResult ours = measured(RenderLibrary.XWINDOW, Sample.of(20, 30, 40), Sample.of(21, 31, 200),
        Sample.of(21, 31, 200));

    assertEquals("- **Goal**: xwindow at most 0.9× zoid 10.6.0, median and p90 of 30 renders each: "
        + "child has props 30.0 / 38.0 ms against 65.0 / 77.0 ms; render() resolved 31.0 / 166.2 ms against "
        + "67.0 / 79.0 ms: **not met**.", RenderReport.goal(List.of(zoid(), ours), PLAN));
  }

  @Test
  void goalNotMetWithoutFigures() {
    assertEquals("- **Goal**: xwindow at most 0.9× zoid 10.6.0, median and p90 of 30 renders each: "
        + "**not met**: xwindow has no figures (not built).",
        RenderReport.goal(List.of(zoid(), RenderResult.notBuilt(RenderLibrary.XWINDOW, "no zoid.js")), PLAN));
    assertEquals("- **Goal**: xwindow at most 0.9× zoid 10.6.0, median and p90 of 30 renders each: "
        + "**not met**: xwindow has no figures (it failed, see below).",
        RenderReport.goal(List.of(zoid(), RenderResult.failed(RenderLibrary.XWINDOW, "x", List.of())), PLAN));
    assertEquals("- **Goal**: xwindow at most 0.9× zoid 10.6.0, median and p90 of 30 renders each: "
        + "**not met**: a library has no figures (not run).", RenderReport.goal(List.of(zoid()), PLAN));
  }

  @Test
  void sectionStatesTheRunAndQuotesFailuresAndErrors() {
    BrowserRun run = new BrowserRun("2026-11-30", "Linux, 2 CPUs", "Chromium 156",
        List.of("zoid 10.6.0 (`dist/zoid.min.js`, npm)", "xwindow `xcomponent/target/zoid.js`"),
        "http://127.0.0.1:1", "http://localhost:2", Duration.ofSeconds(42), "1.50", "2.25");
    RenderResult failed = RenderResult.failed(RenderLibrary.XWINDOW, "render 0: render() did not resolve\n  at x",
        List.of("console.error: PROP_TYPE"));

    String section = RenderReport.section(run, PLAN, List.of(zoid(), failed, zoidFrame(), oursChild()));

    assertTrue(section.startsWith("## Component render time\n\nMeasured 2026-11-30 on Linux, 2 CPUs, Chromium 156 "
        + "(headless, the test kit's flags), all four rows in one run of 42 s; load average 1.50 at the start, "
        + "2.25 at the end.\nLibraries, each under the global `zoid`: zoid 10.6.0 (`dist/zoid.min.js`, npm), "
        + "xwindow `xcomponent/target/zoid.js`.\n"), section);
    assertTrue(section.contains("`http://127.0.0.1:1`") && section.contains("`http://localhost:2`"), section);
    assertTrue(section.contains("30 renders per row"), section);
    assertTrue(section.contains("zoid 10.6.0's frame build `dist/zoid.frame.min.js`, xwindow's child's build "
        + "`zoid-child.js`"), section);
    assertTrue(section.contains("**not met**: xwindow has no figures (it failed, see below).\n"
        + "- For reference, not judged: the child's builds, xwindow's against zoid 10.6.0's frame build "), section);
    assertTrue(section.contains("\n- For reference, not judged: xwindow's child's build against its full build, "
        + "on the child page: xwindow has no figures (it failed, see below).\n\n"), section);
    assertTrue(section.contains("\nxwindow failed:\n\n    render 0: render() did not resolve\n      at x\n"), section);
    assertTrue(section.contains("\nxwindow: 1 script error(s):\n\n    console.error: PROP_TYPE\n"), section);
  }
}
