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
 * What each side of a component weighs in {@code xcomponent.js}: the bundle as shipped (both
 * sides) against the same bundle built with the parent's side only (what a page that renders
 * components loads), with the child's side only (what a component's own page loads: shipped as
 * {@code xcomponent-child.js}), and with neither (Maven profile {@code bundle-sides}, define
 * {@code xwindow.XCOMPONENT_SIDES}, into {@code xcomponent/target/sides/SIDE/}; the child's is the
 * shipped build). A parent-only bundle is worth shipping beside the full one
 * if it saves at least {@value #WORTH_SHIPPING_PERCENT} % of it, gzipped. Prints a Markdown table;
 * with {@code --record}, also writes it into {@code bench/RESULTS.md} as its section ({@value
 * #SECTION}).
 *
 * <p>Run from the project root with {@code bin/bench side-sizes [--record]}.
 */
public final class SideSizeBench {
  /** This benchmark's section in RESULTS.md. */
  static final String SECTION = "side-sizes";
  /** The saving, in % of the full bundle gzipped, that would make a parent-only bundle worth shipping. */
  static final int WORTH_SHIPPING_PERCENT = 20;
  /** The full bundle, relative to the project root. */
  static final String FULL = "xcomponent/target/xcomponent.js";
  /** The shipped build with the child's side only, relative to the project root. */
  static final String CHILD = "xcomponent/target/xcomponent-child.js";
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0, 1);

  /** One build of the bundle: which sides it has, what that is for, its sizes (raw, {@code gzip -9c}). */
  record Build(String sides, String loadedBy, long raw, long gzip) {
    /** The table row: the sizes, and the saving against {@code full}'s gzip size. */
    String[] row(Build full) {
      long saved = full.gzip - gzip;
      return new String[] {sides, loadedBy, bytes(raw), bytes(gzip),
          saved == 0 ? "—" : String.format(Locale.ROOT, "%,d B (%.1f %%)", saved, percent(saved, full.gzip))};
    }
  }

  /** The four builds, as measured: {@code full} (both sides), {@code parent}, {@code child}, {@code none}. */
  record Weighed(Build full, Build parent, Build child, Build none) {
    /** The part of the bundle that only the parent's side needs: what the child-only build lacks. */
    long parentOwn() {
      return full.gzip - child.gzip;
    }

    /** The part that only the child's side needs: what the parent-only build lacks. */
    long childOwn() {
      return full.gzip - parent.gzip;
    }

    /**
     * The part both sides use, roughly (gzip sizes do not add up exactly): what the parent-only and
     * child-only builds have in common, of which {@code none} is what neither side's code reaches.
     */
    long shared() {
      return parent.gzip + child.gzip - full.gzip;
    }

    /** Whether the parent-only bundle saves at least {@value #WORTH_SHIPPING_PERCENT} % gzipped. */
    boolean parentOnlyWorthShipping() {
      return childOwn() * 100 >= (long) WORTH_SHIPPING_PERCENT * full.gzip;
    }
  }

  private SideSizeBench() {}

  /** Weighs the four builds, prints the section, and records it in bench/RESULTS.md if asked. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path root = ProjectRoot.find();
    Path full = root.resolve(FULL);
    Weighed weighed = new Weighed(
        weigh(full, "both (as shipped)", "every page"),
        weigh(side(full, "parent"), "parent only", "a page that renders components"),
        weigh(root.resolve(CHILD), "child only (`xcomponent-child.js`)", "a component's own page"),
        weigh(side(full, "none"), "neither", "none: what is left without either side"));
    String section = section(weighed, LocalDate.now() + " on " + Machine.describe(root));
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** The bundle built with {@code sides} only, beside the shipped {@code full}. */
  private static Path side(Path full, String sides) {
    return full.resolveSibling("sides").resolve(sides).resolve(full.getFileName());
  }

  private static Build weigh(Path bundle, String sides, String loadedBy) throws IOException, InterruptedException {
    if (!Files.isRegularFile(bundle)) {
      throw new IllegalStateException(bundle + " is missing: build xcomponent with the profile"
          + " bundle-sides (bin/bench side-sizes does)");
    }
    return new Build(sides, loadedBy, Files.size(bundle), BundleSizeBench.gzipSize(bundle));
  }

  /** The section: how it was measured ({@code when}: the date and machine), the table and the verdict. */
  static String section(Weighed weighed, String when) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"`xcomponent.js` with", "loaded by", "raw B", "gzip B", "saves, gzip"});
    for (Build build : List.of(weighed.full(), weighed.parent(), weighed.child(), weighed.none())) {
      rows.add(build.row(weighed.full()));
    }
    long full = weighed.full().gzip();
    return "## What each side of a component weighs\n\n"
        + "Measured " + when + ".\n"
        + "`xcomponent.js` as shipped, with both sides of a component, against the same bundle built with\n"
        + "one side only or neither (define `xwindow.XCOMPONENT_SIDES`: Closure drops all that only the\n"
        + "missing side uses; the child's only is the shipped `xcomponent-child.js`, the others are built by\n"
        + "Maven profile `bundle-sides`). The parent's side: `C(props)`, render and\n"
        + "the instance's API, `canRenderTo`, the drivers, rendering for frames below. The child's side:\n"
        + "the hello as the bundle loads, `xprops`, `ready()`, auto-resize. Sizes as in the bundle sizes\n"
        + "table (`gzip -9c`). Regenerate with `bin/bench side-sizes --record`.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n"
        + "- Only the parent's side needs " + share(weighed.parentOwn(), full) + " (full − child only); only the\n"
        + "  child's side " + share(weighed.childOwn(), full) + " (full − parent only); both use about "
        + share(weighed.shared(), full) + "\n  (parent only + child only − full), of which "
        + share(weighed.none().gzip(), full) + " is reached by neither side's code (the `neither` build).\n"
        + "- A parent-only bundle beside the full one (worth it from a saving of " + WORTH_SHIPPING_PERCENT
        + " %): " + (weighed.parentOnlyWorthShipping() ? "**worth it**" : "**not worth it**") + ", it saves "
        + share(weighed.childOwn(), full) + ".\n";
  }

  private static String share(long part, long whole) {
    return String.format(Locale.ROOT, "%,d B (%.1f %%)", part, percent(part, whole));
  }

  private static double percent(long part, long whole) {
    return 100.0 * part / whole;
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
