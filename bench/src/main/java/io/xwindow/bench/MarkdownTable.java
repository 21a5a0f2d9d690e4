package io.xwindow.bench;

import java.util.List;
import java.util.Set;

/** A Markdown table whose columns also line up as plain text, for the console and RESULTS.md. */
final class MarkdownTable {
  private MarkdownTable() {}

  /**
   * Formats {@code rows}, the first being the header. Columns listed in {@code leftAligned} (text)
   * are flush left, the others (numbers) flush right.
   */
  static String format(List<String[]> rows, Set<Integer> leftAligned) {
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
        boolean left = leftAligned.contains(i);
        out.append("| ").append(String.format("%" + (left ? "-" : "") + widths[i] + "s", row[i])).append(' ');
      }
      out.append("|\n");
      if (r == 0) {
        for (int i = 0; i < row.length; i++) {
          out.append("|-").append("-".repeat(widths[i])).append(leftAligned.contains(i) ? "-" : ":");
        }
        out.append("|\n");
      }
    }
    return out.toString();
  }
}
