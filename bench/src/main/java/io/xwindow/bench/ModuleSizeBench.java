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
 * Compares the module form of each library in the npm package ({@code dist/esm/LIB.mjs} and
 * {@code dist/cjs/LIB.cjs}) with its script-tag bundle: the module may weigh at most 2 % more.
 * Prints a Markdown table; with {@code --record}, also writes it into {@code bench/RESULTS.md} as
 * its section ({@value #SECTION}).
 *
 * <p>Run from the project root with {@code bin/bench module-sizes [--record]}.
 */
public final class ModuleSizeBench {
  /** This benchmark's section in RESULTS.md. */
  static final String SECTION = "module-sizes";
  /** How much more the module form may weigh, gzipped, than the script-tag bundle. */
  static final double LIMIT = 0.02;
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0, 7);

  /** A library: its script-tag bundle, relative to the root, and its name in the package. */
  record Library(String bundle, String name) {}

  /**
   * zoid's module form is xcomponent's, re-exported, and zoid-child's is xcomponent-child's: they
   * have no bytes of their own to weigh.
   */
  static final List<Library> LIBRARIES = List.of(
      new Library("post-robot/target/post-robot.js", "post-robot"),
      new Library("xcomponent/target/xcomponent.js", "xcomponent"),
      new Library("xcomponent/target/xcomponent-child.js", "xcomponent-child"),
      new Library("beaver-logger/target/beaver-logger.js", "beaver-logger"),
      new Library("memcookies-server/client/target/memcookies.js", "memcookies"));

  private ModuleSizeBench() {}

  /** Measures every library, prints the section, and records it in bench/RESULTS.md if asked. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = ProjectRoot.find();
    Path dist = root.resolve("dist/target/package/dist");
    if (!Files.isDirectory(dist)) {
      throw new IllegalStateException(dist + " is missing: build the dist module first (mvn package)");
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Library", "script raw B", "script gzip B", "ES module raw B",
        "ES module gzip B", "more, gzip", "CommonJS gzip B", "within 2 %"});
    for (Library library : LIBRARIES) {
      Path script = root.resolve(library.bundle());
      Path esm = dist.resolve("esm/" + library.name() + ".mjs");
      Path cjs = dist.resolve("cjs/" + library.name() + ".cjs");
      long scriptGzip = BundleSizeBench.gzipSize(script);
      long esmGzip = BundleSizeBench.gzipSize(esm);
      long more = esmGzip - scriptGzip;
      rows.add(new String[] {"`" + library.name() + "`", bytes(Files.size(script)), bytes(scriptGzip),
          bytes(Files.size(esm)), bytes(esmGzip),
          String.format(Locale.ROOT, "%+,d B (%+.1f %%)", more, 100.0 * more / scriptGzip),
          bytes(BundleSizeBench.gzipSize(cjs)),
          more <= LIMIT * scriptGzip ? "**met**" : "**not met**"});
    }
    String section = "## Module form against script tag\n\n"
        + "Measured " + LocalDate.now() + " on " + Machine.describe(root) + ".\n"
        + "The npm package's module form of each library is its code built a second time (define\n"
        + "`xwindow.MODULE`: it hands its API to the module, not to a global, and each function of it\n"
        + "finds at its call the copy that serves the window), then its named and default exports. Sizes\n"
        + "as in the table above\n"
        + "(`gzip -9c`); the limit is the script-tag bundle's gzip size + 2 %.\n"
        + "Regenerate with `bin/bench module-sizes --record`.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n";
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
