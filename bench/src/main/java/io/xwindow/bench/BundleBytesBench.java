package io.xwindow.bench;

import io.xwindow.bench.ByteAttribution.Share;
import io.xwindow.bench.SourceFile.Owner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Where the bytes of a bundle ({@code post-robot.js}, or {@code xcomponent.js} with the argument
 * {@code xcomponent}) come from: per Java source file of ours, of the J2CL
 * JRE and runtime, of Elemental2 and jsinterop-base, per Closure Library file, and the bytes of no
 * source. Prints three Markdown tables (by owner, by package, by source file) and writes them into
 * {@code bench/RESULTS.md}, when asked to record, as its section ({@code bundle-bytes}, or {@code
 * bundle-bytes-xcomponent}).
 *
 * <p>Needs the bundle built a second time with a source map: {@code bin/bench bytes} (or {@code
 * bytes-xcomponent}) does it (Maven profile {@code bundle-sourcemap}), then runs this; add {@code
 * --record} to write RESULTS.md.
 */
public final class BundleBytesBench {
  /** The module measured without an argument. */
  static final String DEFAULT_MODULE = "post-robot";
  /** The headers of the figures of a share, the columns after its name. */
  private static final List<String> FIGURES = List.of("raw B", "raw %", "gzip alone B", "gzip saved B");

  private BundleBytesBench() {}

  /** This benchmark's section in RESULTS.md for the bundle of {@code module}. */
  static String section(String module) {
    return module.equals(DEFAULT_MODULE) ? "bundle-bytes" : "bundle-bytes-" + module;
  }

  /** The bundle of {@code module}, {@code module/target/module.js}, relative to the project root. */
  static String bundle(String module) {
    return module + "/target/" + module + ".js";
  }

  /**
   * Attributes the bytes of the bundle of the module {@code args[0]} (default post-robot), prints
   * the section and writes it into bench/RESULTS.md when asked to record.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    String module = args.length > 0 ? args[0] : DEFAULT_MODULE;
    String name = module + ".js";
    String bundle = bundle(module);
    Path root = ProjectRoot.find();
    Path shipped = root.resolve(bundle);
    // where the profile bundle-sourcemap builds it again, with its map beside it
    Path mapBuild = root.resolve(module + "/target/sourcemap/" + name);
    Path map = mapBuild.resolveSibling(mapBuild.getFileName() + ".map");
    if (!Files.isRegularFile(shipped) || !Files.isRegularFile(map)) {
      throw new IllegalStateException("No " + shipped + " or no " + map
          + ": build with mvn -DskipTests -Pbundle-sourcemap install first (bin/bench bytes does)");
    }
    ByteAttribution bytes = ByteAttribution.of(MappedBundle.read(shipped, mapBuild, map));

    String section = "## Where the bytes of " + name + " go\n\n"
        + "Measured " + LocalDate.now() + " on commit "
        + Command.firstLine(root, "git", "describe", "--always", "--dirty") + ": `" + bundle + "`, "
        + count(bytes.size()) + " bytes, " + count(BundleSizeBench.gzipSize(shipped)) + " with `gzip -9`, "
        + count(bytes.deflated()) + " deflated (zlib level 9, no header: the base of the estimates).\n\n"
        + "Method: `bin/bench bytes` builds the bundle a second time with the J2CL plugin's source map "
        + "(Maven profile `bundle-sourcemap`, into `" + module + "/target/sourcemap/`) and checks that its code "
        + "is the shipped bundle's, byte for byte. Each byte goes to the source the map ties it to "
        + "(a mapping covers the bytes from its column to the next mapping's); a Java source file counts "
        + "with its nested classes and lambdas and what J2CL wrote around it (`.impl.java.js`, "
        + "`.native_js`). *no source*: bytes no mapping covers (the wrapper `(function(){...}).call(this);`, "
        + "Closure Library's license comment, the `;` between statements of two files). The map's last "
        + "mapping covers one byte, as Closure's own reader has it. Compressed bytes have no owner, so "
        + "two estimates, each compressed as above: **alone** = the part's bytes end to end, compressed "
        + "on their own (too high: what it shares with the rest counts in full); **saved** = the whole "
        + "bundle compressed, less the bundle without the part's bytes compressed, what removing it "
        + "would save (too low where the rest repeats it; a few bytes off either way, since deflate "
        + "parses the rest anew, so a tiny part may show a negative saving). The real cost usually lies "
        + "between.\n"
        + "Regenerate with `bin/bench " + (module.equals(DEFAULT_MODULE) ? "bytes" : "bytes-" + module)
        + " --record`.\n\n"
        + notOurs(bytes) + "\n\n"
        + "### By owner\n\n" + byOwner(bytes)
        + "\n### By package\n\n" + byPackage(bytes)
        + "\n### By source file\n\n" + byFile(bytes);
    System.out.println(section);

    ResultsFile.recordIfAsked(root, section(module), section);
  }

  /** One sentence: what everything that is not xwindow's code costs, together. */
  static String notOurs(ByteAttribution bytes) {
    Share glue = bytes.share(file -> file.owner() != Owner.XWINDOW);
    return "Everything not written in xwindow (J2CL's JRE and runtime, Elemental2, jsinterop-base, Closure, "
        + "no source): " + count(glue.raw()) + " raw bytes ("
        + String.format(Locale.ROOT, "%.1f", 100.0 * glue.raw() / bytes.size()) + " %), "
        + count(glue.alone()) + " compressed alone, " + count(glue.saved()) + " saved without it.";
  }

  /** One row per owner, the largest first. */
  static String byOwner(ByteAttribution bytes) {
    return grouped(bytes, List.of("Owner"), SourceFile::owner, owner -> List.of(owner.label));
  }

  /** One row per package (per folder for JavaScript files), the largest first. */
  static String byPackage(ByteAttribution bytes) {
    return grouped(bytes, List.of("Owner", "Package"), file -> Map.entry(file.owner(), file.pkg()),
        key -> List.of(key.getKey().label, key.getValue().isEmpty() ? "—" : "`" + key.getValue() + "`"));
  }

  /** One row per source file, the largest first. */
  static String byFile(ByteAttribution bytes) {
    List<String[]> rows = new ArrayList<>();
    rows.add(row(List.of("Source", "Owner"), FIGURES));
    for (Map.Entry<SourceFile, Share> entry : bytes.byFile().entrySet()) {
      SourceFile file = entry.getKey();
      String unit = file.owner() == Owner.NONE ? "*" + file.unit() + "*" : "`" + file.unit() + "`";
      rows.add(row(List.of(unit, file.owner().label), figures(bytes, entry.getValue())));
    }
    return MarkdownTable.format(rows, Set.of(0, 1));
  }

  /**
   * One row per key, named by {@code names}: the files of each key together, the largest first,
   * with how many files there are.
   */
  private static <K> String grouped(ByteAttribution bytes, List<String> titles,
      Function<SourceFile, K> key, Function<K, List<String>> names) {
    Map<K, List<SourceFile>> groups = bytes.byFile().keySet().stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    List<String[]> rows = new ArrayList<>();
    rows.add(row(titles, concat(List.of("Files"), FIGURES)));
    groups.entrySet().stream()
        .map(group -> Map.entry(group, bytes.share(group.getValue()::contains)))
        .sorted(Comparator.comparing((Map.Entry<?, Share> e) -> e.getValue().raw()).reversed())
        .forEach(e -> rows.add(row(names.apply(e.getKey().getKey()),
            concat(List.of(count(e.getKey().getValue().size())), figures(bytes, e.getValue())))));
    Set<Integer> text = IntStream.range(0, titles.size()).boxed().collect(Collectors.toSet());
    return MarkdownTable.format(rows, text);
  }

  private static List<String> figures(ByteAttribution bytes, Share share) {
    return List.of(count(share.raw()), String.format(Locale.ROOT, "%.1f", 100.0 * share.raw() / bytes.size()),
        count(share.alone()), count(share.saved()));
  }

  private static String[] row(List<String> names, List<String> figures) {
    return concat(names, figures).toArray(new String[0]);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
