package io.xwindow.bench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A limit on a bundle's gzip size, e.g. xcomponent.js at most 14,336 B.
 *
 * @param bundle the bundle, relative to the project root, e.g. {@code xcomponent/target/xcomponent.js}
 * @param maxGzipBytes the most its {@code gzip -9c} output may weigh
 * @param source what the limit stands for, e.g. {@code about half of zoid 10.6.0's 28,042 B}
 */
record SizeBudget(String bundle, long maxGzipBytes, String source) {

  /**
   * The Markdown line that judges the budget on {@code gzipBytes}, the bundle's measured size, or
   * null when the bundle is not built (then not met: nothing was measured).
   */
  String judge(Long gzipBytes) {
    String head = "- Budget (" + source + "): `" + Path.of(bundle).getFileName() + "` at most "
        + bytes(maxGzipBytes) + " B gzipped: ";
    if (gzipBytes == null) {
      return head + "**not met**, not built (no `" + bundle + "`).";
    }
    boolean met = gzipBytes <= maxGzipBytes;
    return head + bytes(gzipBytes) + " B, " + (met ? "**met**" : "**not met**") + " ("
        + (met ? bytes(maxGzipBytes - gzipBytes) + " B to spare" : bytes(gzipBytes - maxGzipBytes) + " B over")
        + ").";
  }

  private static String bytes(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
