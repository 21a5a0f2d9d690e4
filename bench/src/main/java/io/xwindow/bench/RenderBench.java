package io.xwindow.bench;

import io.xwindow.testkit.Browser;
import io.xwindow.testkit.BrowserKind;
import io.xwindow.testkit.NpmPackage;
import io.xwindow.testkit.ScriptErrors;
import io.xwindow.testkit.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Times the render of a cross-domain component in headless Chromium, the same component code with
 * zoid 10.6.0 and with our bundle, the component's own page loading the full build or the build
 * made for it, all four rows in the same run (see {@link RenderReport} for the method).
 * Prints the section and writes it, when asked to record, into {@code bench/RESULTS.md} as section {@value #SECTION},
 * leaving the rest of the file alone. A row whose bundle is not built, or that fails to render, gets a row
 * that says so.
 *
 * <p>Run with {@code bin/bench render} ({@code --record} to write RESULTS.md).
 */
public final class RenderBench {
  /** This benchmark's section in RESULTS.md. */
  static final String SECTION = "render";

  private RenderBench() {}

  /** Renders with every library, prints the section and writes it into bench/RESULTS.md when asked to record. */
  public static void main(String[] args) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Path root = BrowserBenchSetup.prepare();
    Map<RenderLibrary, RenderLibrary.Scripts> scripts = new EnumMap<>(RenderLibrary.class);
    for (RenderLibrary library : RenderLibrary.values()) {
      scripts.put(library, library.locate(root));
    }
    RenderPlan plan = RenderPlan.STANDARD;
    String loadAtStart = Machine.loadAverage();
    ScriptErrors errors = new ScriptErrors();

    String section;
    try (Site parent = new Site("127.0.0.1", "127.0.0.1", errors);
        Site child = new Site("localhost", "127.0.0.1", errors);
        Browser browser = BrowserKind.CHROMIUM.start()) {
      List<RenderResult> results =
          measure(plan, scripts, new RenderPages(parent, child, plan), new RenderRunner(browser, errors, plan));
      BrowserRun run = new BrowserRun(LocalDate.now().toString(), Machine.describe(root),
          Machine.chromium(root), libraries(root, scripts), parent.origin(), child.origin(),
          Duration.ofNanos(System.nanoTime() - started), loadAtStart, Machine.loadAverage());
      section = RenderReport.section(run, plan, results);
      results.forEach(RenderBench::printErrors);
    }
    System.out.println();
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /**
   * Runs the plan's passes, the rows in turn, the order reversed every other pass so that no row
   * always goes first; one pooled result per row, in the order of {@link RenderLibrary}.
   */
  private static List<RenderResult> measure(RenderPlan plan, Map<RenderLibrary, RenderLibrary.Scripts> scripts,
      RenderPages pages, RenderRunner runner) throws InterruptedException {
    Map<RenderLibrary, List<RenderResult>> passes = new EnumMap<>(RenderLibrary.class);
    for (int pass = 1; pass <= plan.passes(); pass++) {
      System.out.println("Pass " + pass + " of " + plan.passes());
      List<RenderLibrary> order = new ArrayList<>(List.of(RenderLibrary.values()));
      if (pass % 2 == 0) {
        Collections.reverse(order);
      }
      for (RenderLibrary library : order) {
        RenderLibrary.Scripts script = scripts.get(library);
        if (script == null) {
          continue;
        }
        System.out.print("  " + library.label + " ... ");
        RenderResult result = runner.run(library, pages.serve(library, script));
        System.out.println(result.ok()
            ? "child has props " + RenderReport.ms(result.times().childProps().median()) + " ms, render() resolved "
                + RenderReport.ms(result.times().resolved().median()) + " ms (medians)"
            : "failed: " + result.failure().lines().findFirst().orElse(""));
        passes.computeIfAbsent(library, l -> new ArrayList<>()).add(result);
      }
    }
    List<RenderResult> results = new ArrayList<>();
    for (RenderLibrary library : RenderLibrary.values()) {
      results.add(scripts.get(library) == null
          ? RenderResult.notBuilt(library, library.notBuilt())
          : RenderResult.pool(passes.get(library)));
    }
    return results;
  }

  /** Every script error of a library, in full on the console (the section shows the first few). */
  private static void printErrors(RenderResult result) {
    if (!result.errors().isEmpty()) {
      System.out.println(result.library().label + ": " + result.errors().size() + " script error(s):");
      result.errors().forEach(e -> System.out.println("  " + e));
    }
  }

  /**
   * Each file the pages load, once, with its library's name, exact version and size, as the
   * results list them; a row not built says so.
   */
  private static List<String> libraries(Path root, Map<RenderLibrary, RenderLibrary.Scripts> scripts)
      throws IOException, InterruptedException {
    return listed(scripts, (library, script, childPageOnly) -> describe(root, library, script, childPageOnly));
  }

  /**
   * Each file of {@code scripts} once, in the order of the rows and the parent page's first, as
   * {@code described} says it, told whether only a child page loads it; a row not built by its label.
   */
  static List<String> listed(Map<RenderLibrary, RenderLibrary.Scripts> scripts, Describer described)
      throws IOException, InterruptedException {
    List<String> listed = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Set<Path> onParentPages = new HashSet<>();
    scripts.values().stream().filter(Objects::nonNull).forEach(both -> onParentPages.add(both.parent().file()));
    for (RenderLibrary library : RenderLibrary.values()) {
      RenderLibrary.Scripts both = scripts.get(library);
      if (both == null) {
        listed.add(library.label + " (not built)");
        continue;
      }
      for (RenderLibrary.Script script : List.of(both.parent(), both.child())) {
        if (seen.add(script.file())) {
          listed.add(described.describe(library, script, !onParentPages.contains(script.file())));
        }
      }
    }
    return listed;
  }

  /** How the results name one file a page loads. */
  interface Describer {
    String describe(RenderLibrary library, RenderLibrary.Script script, boolean childPageOnly)
        throws IOException, InterruptedException;
  }

  private static String describe(Path root, RenderLibrary library, RenderLibrary.Script script, boolean childPageOnly)
      throws IOException, InterruptedException {
    String where = childPageOnly ? "the child page only, " : "";
    if (library == RenderLibrary.ZOID_10 || library == RenderLibrary.ZOID_10_FRAME) {
      NpmPackage zoid = NpmPackage.published(RenderLibrary.ZOID_SPEC); // already fetched
      return "zoid " + zoid.version() + " (`" + zoid.folder().relativize(script.file()) + "`, " + where + "npm)";
    }
    return "xwindow `" + root.relativize(script.file()) + "`"
        + (script.namedByPage() ? " (its global `xcomponent` also named `zoid` by the page)" : "") + " ("
        + where + String.format(Locale.ROOT, "%,d", Files.size(script.file())) + " bytes, commit "
        + Command.firstLine(root, "git", "describe", "--always", "--dirty") + ")";
  }
}
