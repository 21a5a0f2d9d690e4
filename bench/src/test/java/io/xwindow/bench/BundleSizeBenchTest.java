package io.xwindow.bench;

import static io.xwindow.bench.BundleSizeBench.END;
import static io.xwindow.bench.BundleSizeBench.START;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of {@link BundleSizeBench} that need no network: RESULTS.md editing and gzip sizes. */
class BundleSizeBenchTest {

  @Test
  void startsResultsWhenMissing() {
    assertEquals("# Benchmark results\n\n" + START + "\nsizes\n" + END + "\n",
        BundleSizeBench.withSection(null, "sizes\n"));
  }

  @Test
  void appendsSectionWhenMarkersMissing() {
    assertEquals("# Benchmark results\n\nother\n\n" + START + "\nsizes\n" + END + "\n",
        BundleSizeBench.withSection("# Benchmark results\n\nother\n\n", "sizes"));
  }

  @Test
  void replacesOnlyItsOwnSection() {
    String before = "# Benchmark results\n\n<!-- latency:start -->\nfast\n<!-- latency:end -->\n\n";
    String after = "\n\n<!-- memory:start -->\nsmall\n<!-- memory:end -->\n";
    String document = before + START + "\nold sizes\n" + END + after;

    String updated = BundleSizeBench.withSection(document, "new sizes");

    assertEquals(before + START + "\nnew sizes\n" + END + after, updated);
    assertEquals(updated, BundleSizeBench.withSection(updated, "new sizes"), "a rerun changes nothing");
  }

  @Test
  void gzipSizeIsThatOfGzip9cWithTheFileName(@TempDir Path dir) throws Exception {
    // 10-byte header + "x\0" + an empty final block (2 bytes) + CRC-32 and length (8 bytes).
    Path empty = Files.write(dir.resolve("x"), new byte[0]);
    assertEquals(22, BundleSizeBench.gzipSize(empty));

    // The reference figures (gzip -9c FILE) store the file name: 8 more letters, 8 more bytes.
    String text = "hello\n".repeat(1000);
    Path h = Files.writeString(dir.resolve("h"), text);
    Path hello = Files.writeString(dir.resolve("hello.txt"), text);
    assertEquals(54, BundleSizeBench.gzipSize(h));
    assertEquals(62, BundleSizeBench.gzipSize(hello));
  }

  @Test
  void tableLinesUpAsMarkdownAndText() {
    String table = BundleSizeBench.table(List.of(
        new String[] {"Our bundle", "raw B", "gzip B", "Replaces", "raw B", "gzip B", "gzip ratio"},
        new String[] {"`a.js`", "1,000", "500", "`a@1`", "10", "5", "100.00×"}));
    assertEquals(""
        + "| Our bundle | raw B | gzip B | Replaces | raw B | gzip B | gzip ratio |\n"
        + "|------------|------:|-------:|----------|------:|-------:|-----------:|\n"
        + "| `a.js`     | 1,000 |    500 | `a@1`    |    10 |      5 |    100.00× |\n", table);
  }
}
