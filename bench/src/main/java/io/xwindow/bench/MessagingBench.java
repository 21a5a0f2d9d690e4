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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times request/response messaging between a parent page and its cross-origin frame in headless
 * Chromium: the raw browser channels, penpal 7, comlink 4, post-robot 10 and our post-robot.js,
 * every scenario in the same run (see {@link Scenario}). Prints the section and writes it, when asked to
 * record, into {@code bench/RESULTS.md} as section {@value #SECTION}, leaving the rest of the file alone.
 *
 * <p>Run with {@code bin/bench messaging} ({@code --record} to write RESULTS.md).
 */
public final class MessagingBench {
  /** This benchmark's section in RESULTS.md. */
  static final String SECTION = "messaging";

  private MessagingBench() {}

  /** Runs every scenario, prints the section and writes it into bench/RESULTS.md when asked to record. */
  public static void main(String[] args) throws IOException, InterruptedException {
    long started = System.nanoTime();
    Path root = BrowserBenchSetup.prepare();
    Map<Library, Path> files = libraryFiles();
    Plan plan = Plan.STANDARD;
    String loadAtStart = Machine.loadAverage();
    ScriptErrors errors = new ScriptErrors();

    String section;
    try (Site parent = new Site("127.0.0.1", "127.0.0.1", errors);
        Site child = new Site("localhost", "127.0.0.1", errors);
        Browser browser = BrowserKind.CHROMIUM.start()) {
      List<ScenarioResult> results =
          measure(plan, new ScenarioPages(parent, child, files), new ScenarioRunner(browser, errors, plan));
      BrowserRun run = new BrowserRun(LocalDate.now().toString(), Machine.describe(root),
          Machine.chromium(root), libraries(root, files), parent.origin(), child.origin(),
          Duration.ofNanos(System.nanoTime() - started), loadAtStart, Machine.loadAverage());
      section = MessagingReport.section(run, plan, results);
    }
    System.out.println();
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** Every library's script, fetched from npm where needed. */
  private static Map<Library, Path> libraryFiles() {
    Map<Library, Path> files = new EnumMap<>(Library.class);
    for (Library library : Library.values()) {
      if (library != Library.NONE) {
        files.put(library, library.locate());
      }
    }
    return files;
  }

  /** Runs the plan's passes over every scenario, printing progress; one pooled result per scenario. */
  private static List<ScenarioResult> measure(Plan plan, ScenarioPages pages, ScenarioRunner runner)
      throws InterruptedException {
    Map<Scenario, List<ScenarioResult>> passes = new EnumMap<>(Scenario.class);
    for (int pass = 1; pass <= plan.passes(); pass++) {
      System.out.println("Pass " + pass + " of " + plan.passes());
      for (Scenario scenario : Scenario.values()) {
        System.out.print("  (" + scenario.number + ") " + scenario.label + " ... ");
        ScenarioResult result = runner.run(scenario, pages.serve(scenario));
        System.out.println(result.ok()
            ? MessagingReport.ms(result.measurement().roundTrip()) + " ms, "
                + MessagingReport.rate(result.measurement().rate()) + " calls/s"
            : "failed");
        passes.computeIfAbsent(scenario, s -> new ArrayList<>()).add(result);
      }
    }
    return passes.values().stream().map(ScenarioResult::pool).toList();
  }

  /** Each library's name, exact version and file, as the results list them. */
  private static List<String> libraries(Path root, Map<Library, Path> files)
      throws IOException, InterruptedException {
    List<String> described = new ArrayList<>();
    for (Map.Entry<Library, Path> entry : files.entrySet()) {
      Library library = entry.getKey();
      Path file = entry.getValue();
      if (library.npmSpec != null) {
        String version = NpmPackage.published(library.npmSpec).version(); // already fetched: no download
        described.add(library.npmSpec.replaceFirst("@.*", "") + " " + version + " (`" + library.file + "`, npm)");
      } else {
        described.add("xwindow `" + root.relativize(file) + "` (" + String.format(Locale.ROOT, "%,d", Files.size(file))
            + " bytes, commit " + Command.firstLine(root, "git", "describe", "--always", "--dirty") + ")");
      }
    }
    return described;
  }
}
