package io.xwindow.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A limit on what features add to a bundle's gzip size: the bundle against the same bundle built
 * without them, e.g. beaver-logger.js at most 600 B over beaver-logger.js without page
 * transitions and the web vitals hook.
 *
 * @param bundle the bundle, relative to the project root
 * @param without the same bundle built without the features, relative to the project root
 * @param maxAddedGzipBytes the most the features may add to its {@code gzip -9c} output
 * @param features what the bundle has that {@code without} lacks, e.g. {@code transitions and the web vitals hook}
 */
record GrowthBudget(String bundle, String without, long maxAddedGzipBytes, String features) {

  /**
   * The Markdown line that judges the budget on the two measured sizes, either null when that
   * bundle is not built (then not met: nothing was measured).
   */
  String judge(Long gzipBytes, Long withoutGzipBytes) {
    String head = "- Budget (" + features + ", at most +" + bytes(maxAddedGzipBytes) + " B): `"
        + Path.of(bundle).getFileName() + "` against `" + without + "`, built without them: ";
    if (gzipBytes == null || withoutGzipBytes == null) {
      return head + "**not met**, not built (no `" + (gzipBytes == null ? bundle : without) + "`).";
    }
    long added = gzipBytes - withoutGzipBytes;
    return head + bytes(gzipBytes) + " B against " + bytes(withoutGzipBytes) + " B gzipped, "
        + (added < 0 ? "-" : "+") + bytes(Math.abs(added)) + " B, " + verdict(added, maxAddedGzipBytes) + ".";
  }

  /** {@code **met** (N B to spare)} or {@code **not met** (N B over)}: {@code added} bytes against {@code limit}. */
  static String verdict(long added, long limit) {
    return added <= limit
        ? "**met** (" + bytes(limit - added) + " B to spare)"
        : "**not met** (" + bytes(added - limit) + " B over)";
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
