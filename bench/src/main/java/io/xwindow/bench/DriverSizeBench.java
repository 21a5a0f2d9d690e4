package io.xwindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the framework drivers ({@code C.driver}: the custom element, React, Vue 3, Angular) add to
 * {@code xcomponent.js} and {@code zoid.js}: each bundle as shipped against the same bundle built
 * without them (Maven profile {@code bundle-without-drivers}, define {@code xwindow.DRIVERS} false,
 * into {@code xcomponent/target/without-drivers/}). Together they may add at most {@value #LIMIT} B
 * gzipped. Prints a Markdown table; with {@code --record}, also writes it into {@code
 * bench/RESULTS.md} as its section ({@value #SECTION}).
 *
 * <p>Run from the project root with {@code bin/bench driver-sizes [--record]}.
 */
public final class DriverSizeBench {
  /** This benchmark's section in RESULTS.md. */
  static final String SECTION = "driver-sizes";
  /** The most all drivers together may add to a bundle, gzipped. */
  static final long LIMIT = 1_024;
  /** The bundles that carry the drivers, relative to the project root. */
  static final List<String> BUNDLES = List.of("xcomponent/target/xcomponent.js", "xcomponent/target/zoid.js");
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0, 6);

  /** One bundle's sizes (raw and {@code gzip -9c}), with the drivers and without them. */
  record Weighed(String bundle, long withRaw, long withGzip, long withoutRaw, long withoutGzip) {
    /** The table row: the sizes, what the drivers add, and whether that is within the limit. */
    String[] row() {
      long added = withGzip - withoutGzip;
      return new String[] {"`" + Path.of(bundle).getFileName() + "`", bytes(withRaw), bytes(withGzip),
          bytes(withoutRaw), bytes(withoutGzip), String.format(Locale.ROOT, "%+,d B", added),
          GrowthBudget.verdict(added, LIMIT)};
    }
  }

  private DriverSizeBench() {}

  /** Weighs every bundle, prints the section, and records it in bench/RESULTS.md if asked. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = ProjectRoot.find();
    List<Weighed> weighed = new ArrayList<>();
    for (String bundle : BUNDLES) {
      Path with = root.resolve(bundle);
      Path without = with.resolveSibling("without-drivers").resolve(with.getFileName());
      if (!Files.isRegularFile(without)) {
        throw new IllegalStateException(without + " is missing: build xcomponent with the profile"
            + " bundle-without-drivers (bin/bench driver-sizes does)");
      }
      weighed.add(new Weighed(bundle, Files.size(with), BundleSizeBench.gzipSize(with),
          Files.size(without), BundleSizeBench.gzipSize(without)));
    }
    String section = section(weighed, LocalDate.now() + " on " + Machine.describe(root));
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** The section: how it was measured ({@code when}: the date and machine), and the table. */
  static String section(List<Weighed> weighed, String when) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Bundle", "with drivers raw B", "with drivers gzip B", "without raw B",
        "without gzip B", "drivers add, gzip", "at most " + bytes(LIMIT) + " B"});
    for (Weighed bundle : weighed) {
      rows.add(bundle.row());
    }
    return "## What the framework drivers add\n\n"
        + "Measured " + when + ".\n"
        + "Each bundle as shipped, with `C.driver` (the custom element, `react`, `vue3`, `angular2`), against\n"
        + "the same bundle built without it (Maven profile `bundle-without-drivers`, define\n"
        + "`xwindow.DRIVERS` false: Closure drops all that only the drivers use). Sizes as in the table\n"
        + "above (`gzip -9c`); the drivers together may add at most " + bytes(LIMIT) + " B gzipped.\n"
        + "Regenerate with `bin/bench driver-sizes --record`.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n";
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
