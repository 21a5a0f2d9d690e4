package io.xwindow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the size of each xwindow bundle with the minified browser build of the library it
 * replaces, as published on npm. Prints a Markdown table and writes it into {@code bench/RESULTS.md}
 * between the {@value #START} and {@value #END} markers, leaving the rest of the file alone.
 *
 * <p>Run from the project root with {@code mvn -q -pl bench compile exec:java@sizes}. The project
 * root is the system property {@code xwindow.root}, else the nearest folder above the working
 * directory that holds {@code .ci/run}.
 */
public final class BundleSizeBench {

  /** Opens this benchmark's section in RESULTS.md. */
  static final String START = "<!-- bundle-sizes:start -->";
  /** Closes this benchmark's section in RESULTS.md. */
  static final String END = "<!-- bundle-sizes:end -->";

  /**
   * One row of the table: our bundle (relative to the project root) against one file of a package
   * published on npm (relative to the package folder).
   */
  record Comparison(String ours, String spec, String published) {}

  /**
   * The rows. The published file is always the plain minified UMD build: the {@code .ie} builds
   * add IE polyfills, zoid's {@code .frame} build is the child side only and its
   * {@code .frameworks} builds add React/Vue/Angular drivers. beaver-logger's lite build is the
   * same Logger API over plain XHR, without promises, sendBeacon or the flush on unload.
   */
  static final List<Comparison> COMPARISONS = List.of(
      new Comparison("post-robot/target/post-robot.js", "post-robot@10.0.46", "dist/post-robot.min.js"),
      new Comparison("post-robot/target/post-robot.js", "@krakenjs/post-robot@11.0.0", "dist/post-robot.min.js"),
      new Comparison("xcomponent/target/xcomponent.js", "@krakenjs/zoid@10.5.2", "dist/zoid.min.js"),
      new Comparison("xcomponent/target/xcomponent.js", "xcomponent@6.0.68", "dist/xcomponent.min.js"),
      new Comparison("beaver-logger/target/beaver-logger.js", "beaver-logger@4.0.36", "dist/beaver-logger.min.js"),
      new Comparison("beaver-logger/target/beaver-logger.js", "beaver-logger@4.0.36", "dist/beaver-logger.lite.min.js"),
      new Comparison("memcookies-server/client/target/memcookies.js", "memcookies@1.0.2", "dist/memcookies.min.js"));

  private BundleSizeBench() {}

  /** Measures every row, prints the section and writes it into bench/RESULTS.md. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = findRoot();
    Path anchors = root.resolve("bench/.anchors");
    Files.createDirectories(anchors);

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Our bundle", "raw B", "gzip B", "Replaces", "raw B", "gzip B", "gzip ratio"});
    for (Comparison c : COMPARISONS) {
      Path theirs = download(c.spec(), anchors).resolve(c.published());
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
        + "Measured " + LocalDate.now() + " on " + machine(anchors) + ".\n"
        + "Published builds fetched with `npm pack` from the npm registry: "
        + COMPARISONS.stream().map(c -> "`" + c.spec() + "`").distinct().collect(Collectors.joining(", "))
        + ".\nSizes in bytes: raw, and `gzip -9c FILE | wc -c` (header includes the file name). "
        + "Ratio = our gzip size / theirs, lower is better.\n"
        + "Regenerate with `mvn -q -pl bench compile exec:java@sizes`.\n\n"
        + table(rows);
    System.out.println(section);

    Path results = root.resolve("bench/RESULTS.md");
    String document = Files.exists(results) ? Files.readString(results) : null;
    Files.writeString(results, withSection(document, section));
  }

  /**
   * The project root: the nearest folder holding {@code .ci/run}, searched upwards from
   * {@code -Dxwindow.root}, else from the working directory. Searched even from the property, because
   * Maven, run from bench/ in a tree without a .mvn folder, gives bench/ as multiModuleProjectDirectory.
   */
  static Path findRoot() {
    String property = System.getProperty("xwindow.root", "");
    Path start = Path.of(property).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".ci/run"))) {
        return dir;
      }
    }
    if (!property.isBlank()) {
      return start; // an explicit root is trusted even without the marker
    }
    throw new IllegalStateException("No .ci/run in " + start + " or above; pass -Dxwindow.root=<project root>");
  }

  /**
   * Fetches one npm package (no dependencies) into {@code anchors/<name>-<version>/} and returns that
   * folder; a folder already there is reused. The tarball is unpacked elsewhere first and moved in
   * whole, so an interrupted run never leaves a half-filled folder that would pass for the cache.
   */
  static Path download(String spec, Path anchors) throws IOException, InterruptedException {
    // The name npm itself gives the tarball: "@krakenjs/zoid@10.5.2" -> "krakenjs-zoid-10.5.2".
    Path target = anchors.resolve(spec.replaceFirst("^@", "").replace('/', '-').replace('@', '-'));
    if (Files.isDirectory(target)) {
      return target;
    }
    Path work = Files.createTempDirectory(anchors, "pack-");
    run(work, "npm", "pack", spec);
    Path tarball;
    try (Stream<Path> files = Files.list(work)) {
      tarball = files.filter(f -> f.toString().endsWith(".tgz")).findFirst()
          .orElseThrow(() -> new IOException("npm pack " + spec + " wrote no .tgz"));
    }
    Path unpacked = Files.createDirectory(work.resolve("unpacked"));
    // Strip the top folder ("package/" in most tarballs, not all); keep our uid on old tarballs.
    run(work, "tar", "-xzf", tarball.toString(), "-C", unpacked.toString(), "--strip-components=1", "--no-same-owner");
    Files.move(unpacked, target);
    Files.delete(tarball);
    Files.delete(work);
    return target;
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

  /**
   * Returns {@code document} with the text between {@link #START} and {@link #END} replaced by
   * {@code section}. Without the markers, the marked section is appended; without a document
   * ({@code null}), a new one is started.
   */
  static String withSection(String document, String section) {
    String marked = START + "\n" + section.strip() + "\n" + END;
    if (document == null) {
      return "# Benchmark results\n\n" + marked + "\n";
    }
    int start = document.indexOf(START);
    int end = start < 0 ? -1 : document.indexOf(END, start);
    if (end < 0) {
      return document.stripTrailing() + "\n\n" + marked + "\n";
    }
    return document.substring(0, start) + marked + document.substring(end + END.length());
  }

  /** A Markdown table whose columns also line up as plain text; the first row is the header. */
  static String table(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int i = 0; i < row.length; i++) {
        // Text columns (our bundle, replaces) flush left, numbers flush right.
        boolean left = i == 0 || i == 3;
        out.append("| ").append(String.format("%" + (left ? "-" : "") + widths[i] + "s", row[i])).append(' ');
      }
      out.append("|\n");
      if (r == 0) {
        for (int i = 0; i < row.length; i++) {
          boolean left = i == 0 || i == 3;
          out.append("|-").append("-".repeat(widths[i])).append(left ? "-" : ":");
        }
        out.append("|\n");
      }
    }
    return out.toString();
  }

  /** CPUs, kernel, node, npm and gzip versions: what the figures depend on. */
  private static String machine(Path dir) throws IOException, InterruptedException {
    // availableProcessors() is what nproc prints; os.version is uname -r on Linux.
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch")
        + ", " + Runtime.getRuntime().availableProcessors() + " CPUs"
        + ", node " + firstLine(run(dir, "node", "--version"))
        + ", npm " + firstLine(run(dir, "npm", "--version"))
        + ", " + firstLine(run(dir, "gzip", "--version"));
  }

  private static String firstLine(String text) {
    return text.strip().lines().findFirst().orElse("?");
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Runs a command in {@code dir} and returns its output, stdout and stderr merged; fails with that
   * output. Merged so one read drains both: tar prints thousands of warnings on xcomponent's old
   * tarball, enough to fill an unread stderr pipe and hang.
   */
  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed in " + dir + ":\n" + output);
    }
    return output;
  }
}
