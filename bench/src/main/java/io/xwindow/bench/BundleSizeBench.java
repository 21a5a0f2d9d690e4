package io.xwindow.bench;

import io.xwindow.testkit.NpmPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares the size of each xwindow bundle with the minified browser build of the library it
 * replaces, as published on npm. Prints a Markdown table and writes it into {@code bench/RESULTS.md} when asked to record
 * as its section ({@value #SECTION}), leaving the rest of the file alone.
 *
 * <p>Run with {@code bin/bench sizes} ({@code --record} to write RESULTS.md). The project root is the system property {@code xwindow.root}, else the nearest folder above the working
 * directory that holds {@code .ci/run}.
 */
public final class BundleSizeBench {

  /** This benchmark's section in RESULTS.md. */
  static final String SECTION = "bundle-sizes";
  /** Text columns (our bundle, replaces) flush left, numbers flush right. */
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0, 3);

  /**
   * One row of the table: our bundle (relative to the project root) against one file of a package
   * published on npm (relative to the package folder).
   */
  record Comparison(String ours, String spec, String published) {}

  /**
   * The rows. The published file is always the plain minified UMD build: the {@code .ie} builds
   * add IE polyfills, zoid's {@code .frame} build is the child side only (set against our child's
   * builds, xcomponent-child.js and zoid-child.js, alone) and its
   * {@code .frameworks} builds add React/Vue/Angular drivers. beaver-logger's lite build is the
   * same Logger API over plain XHR, without promises, sendBeacon or the flush on unload.
   */
  static final List<Comparison> COMPARISONS = List.of(
      new Comparison("post-robot/target/post-robot.js", "post-robot@10.0.46", "dist/post-robot.min.js"),
      new Comparison("post-robot/target/post-robot.js", "@krakenjs/post-robot@11.0.0", "dist/post-robot.min.js"),
      // zoid 10.6.0's dist/zoid.min.js weighs 28,042 B gzipped (the README's figure); zoid.js is the same build
      // as xcomponent.js under the global zoid.
      new Comparison("xcomponent/target/xcomponent.js", "@krakenjs/zoid@10.6.0", "dist/zoid.min.js"),
      new Comparison("xcomponent/target/xcomponent.js", "xcomponent@6.0.68", "dist/xcomponent.min.js"),
      new Comparison("xcomponent/target/zoid.js", "@krakenjs/zoid@10.6.0", "dist/zoid.min.js"),
      // the child's builds, for a component's own page, against zoid's own build for that page
      new Comparison("xcomponent/target/xcomponent-child.js", "@krakenjs/zoid@10.6.0", "dist/zoid.frame.min.js"),
      new Comparison("xcomponent/target/zoid-child.js", "@krakenjs/zoid@10.6.0", "dist/zoid.frame.min.js"),
      new Comparison("beaver-logger/target/beaver-logger.js", "beaver-logger@4.0.36", "dist/beaver-logger.min.js"),
      new Comparison("beaver-logger/target/beaver-logger.js", "beaver-logger@4.0.36", "dist/beaver-logger.lite.min.js"),
      new Comparison("memcookies-server/client/target/memcookies.js", "memcookies@1.0.2", "dist/memcookies.min.js"),
      // the web vitals add-on beside beaver-logger.js, against the reference implementation it is checked with
      new Comparison("beaver-logger/target/beaver-vitals.js", "web-vitals@6.2.3", "dist/web-vitals.iife.js"),
      // The fastest window RPC libraries today, for scale: penpal has no origin checks of its
      // own beyond its handshake, comlink none at all.
      new Comparison("post-robot/target/post-robot.js", "penpal@7.0.6", "dist/penpal.min.js"),
      new Comparison("post-robot/target/post-robot.js", "comlink@4.4.2", "dist/umd/comlink.min.js"));

  /** The size budgets, judged below the table. */
  static final List<SizeBudget> BUDGETS = List.of(
      new SizeBudget("xcomponent/target/xcomponent.js", 14_336, "about half of zoid 10.6.0's 28,042 B"),
      // the diet: each at least 15 % under what it weighed when the diet was set
      new SizeBudget("post-robot/target/post-robot.js", 8_374, "the diet: 15 % under 9,852 B"),
      new SizeBudget("xcomponent/target/xcomponent.js", 18_125, "the diet: 15 % under 21,323 B"),
      new SizeBudget("beaver-logger/target/without-page-data/beaver-logger.js", 3_473,
          "the diet, the build without page data: 15 % under 4,086 B"));

  /**
   * The budgets on what features add, judged below the others. The web vitals themselves are in
   * beaver-vitals.js (its own row), the watch of a single-page application's navigations in
   * beaver-transitions.js: what stays in beaver-logger.js is the explicit page transitions and the
   * hooks that start the add-ons.
   * bin/bench sizes builds the bundle without them (Maven profile beaver-without-page-data).
   */
  static final List<GrowthBudget> GROWTH_BUDGETS = List.of(
      new GrowthBudget("beaver-logger/target/beaver-logger.js", "beaver-logger/target/without-page-data/beaver-logger.js",
          600, "page transitions and the add-ons' hooks"));

  /** A bundle with no published counterpart to set it against: its size is listed below the budgets. */
  record Alone(String bundle, String what) {}

  /**
   * The add-on of automatic page transitions: a page that asks for them loads it beside
   * beaver-logger.js, so what moved out of the logger's budget into it stays in view.
   */
  static final List<Alone> ALONE = List.of(
      new Alone("beaver-logger/target/beaver-transitions.js",
          "automatic page transitions and the naming of routes, loaded beside `beaver-logger.js` by a page that asks for them"));

  private BundleSizeBench() {}

  /** Measures every row, prints the section and writes it into bench/RESULTS.md when asked to record. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = ProjectRoot.find();
    System.setProperty("xwindow.root", root.toString()); // where the test kit's npm cache lives

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Our bundle", "raw B", "gzip B", "Replaces", "raw B", "gzip B", "gzip ratio"});
    for (Comparison c : COMPARISONS) {
      Path theirs = NpmPackage.published(c.spec()).file(c.published());
      long theirRaw = Files.size(theirs);
      long theirGzip = gzipSize(theirs);
      Path ours = root.resolve(c.ours());
      String name = "`" + ours.getFileName() + "`";
      String replaces = "`" + c.spec() + "` `" + c.published() + "`";
      if (Files.isRegularFile(ours)) {
        long ourGzip = gzipSize(ours);
        rows.add(new String[] {name, bytes(Files.size(ours)), bytes(ourGzip),
            replaces, bytes(theirRaw), bytes(theirGzip),
            String.format(Locale.ROOT, "%.2f×", (double) ourGzip / theirGzip)});
      } else {
        rows.add(new String[] {name, "not built", "", replaces, bytes(theirRaw), bytes(theirGzip), "—"});
      }
    }

    String section = "## Bundle sizes\n\n"
        + "Measured " + LocalDate.now() + " on " + Machine.describe(root)
        + ", " + Command.firstLine(root, "gzip", "--version") + ".\n"
        + "Published builds fetched with `npm pack` from the npm registry: "
        + COMPARISONS.stream().map(c -> "`" + c.spec() + "`").distinct().collect(Collectors.joining(", "))
        + ".\nSizes in bytes: raw, and `gzip -9c FILE | wc -c` (header includes the file name). "
        + "Ratio = our gzip size / theirs, lower is better.\n"
        + "Regenerate with `bin/bench sizes --record`.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n"
        + budgets(root);
    System.out.println(section);

    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** One line per budget: the bundle's gzip size against its limit, met or not met. */
  private static String budgets(Path root) throws IOException, InterruptedException {
    StringBuilder lines = new StringBuilder();
    for (SizeBudget budget : BUDGETS) {
      Path bundle = root.resolve(budget.bundle());
      lines.append(budget.judge(gzipSizeIfBuilt(bundle))).append('\n');
    }
    for (GrowthBudget budget : GROWTH_BUDGETS) {
      lines.append(budget.judge(gzipSizeIfBuilt(root.resolve(budget.bundle())),
          gzipSizeIfBuilt(root.resolve(budget.without())))).append('\n');
    }
    for (Alone alone : ALONE) {
      Long size = gzipSizeIfBuilt(root.resolve(alone.bundle()));
      lines.append("- Add-on `").append(Path.of(alone.bundle()).getFileName()).append("` (").append(alone.what())
          .append("): ").append(size == null ? "not built" : bytes(size) + " B gzipped").append(".\n");
    }
    return lines.toString();
  }

  /** {@link #gzipSize}, or null when {@code file} is not built. */
  private static Long gzipSizeIfBuilt(Path file) throws IOException, InterruptedException {
    return Files.isRegularFile(file) ? gzipSize(file) : null;
  }

  /**
   * Size of {@code gzip -9c file}, the measure of the reference figures. Not {@code java.util.zip}:
   * at BEST_COMPRESSION zlib's deflate lands 50 to 75 bytes off GNU gzip's on these files, either way,
   * and its header carries no file name.
   */
  static long gzipSize(Path file) throws IOException, InterruptedException {
    Process gzip = new ProcessBuilder("gzip", "-9c", file.toString()).redirectError(Redirect.INHERIT).start();
    long size;
    try (InputStream compressed = gzip.getInputStream()) {
      size = compressed.transferTo(OutputStream.nullOutputStream());
    }
    if (gzip.waitFor() != 0) {
      throw new IOException("gzip -9c " + file + " failed");
    }
    return size;
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
