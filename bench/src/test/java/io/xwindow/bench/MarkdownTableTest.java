package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tables read well both as Markdown and as plain text. */
class MarkdownTableTest {

  @Test
  void linesUpAsMarkdownAndText() {
    String table = MarkdownTable.format(List.of(
        new String[] {"Our bundle", "raw B", "gzip B", "Replaces", "raw B", "gzip B", "gzip ratio"},
        new String[] {"`a.js`", "1,000", "500", "`a@1`", "10", "5", "100.00×"}), Set.of(0, 3));
    assertEquals(""
        + "| Our bundle | raw B | gzip B | Replaces | raw B | gzip B | gzip ratio |\n"
        + "|------------|------:|-------:|----------|------:|-------:|-----------:|\n"
        + "| `a.js`     | 1,000 |    500 | `a@1`    |    10 |      5 |    100.00× |\n", table);
  }
}
