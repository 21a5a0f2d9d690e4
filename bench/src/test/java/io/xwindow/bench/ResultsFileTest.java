package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each benchmark rewrites only its own section of RESULTS.md, and only when asked to record. */
class ResultsFileTest {
  private static final String START = "<!-- sizes:start -->";
  private static final String END = "<!-- sizes:end -->";

  @Test
  void markersNameTheSection() {
    assertEquals(START, ResultsFile.start("sizes"));
    assertEquals(END, ResultsFile.end("sizes"));
  }

  @Test
  void startsResultsWhenMissing() {
    assertEquals("# Benchmark results\n\n" + START + "\nsizes\n" + END + "\n",
        ResultsFile.withSection(null, "sizes", "sizes\n"));
  }

  @Test
  void appendsSectionWhenMarkersMissing() {
    assertEquals("# Benchmark results\n\nother\n\n" + START + "\nsizes\n" + END + "\n",
        ResultsFile.withSection("# Benchmark results\n\nother\n\n", "sizes", "sizes"));
  }

  @Test
  void replacesOnlyItsOwnSection() {
    String before = "# Benchmark results\n\n<!-- latency:start -->\nfast\n<!-- latency:end -->\n\n";
    String after = "\n\n<!-- memory:start -->\nsmall\n<!-- memory:end -->\n";
    String document = before + START + "\nold sizes\n" + END + after;

    String updated = ResultsFile.withSection(document, "sizes", "new sizes");

    assertEquals(before + START + "\nnew sizes\n" + END + after, updated);
    assertEquals(updated, ResultsFile.withSection(updated, "sizes", "new sizes"), "a rerun changes nothing");
  }

  @Test
  void aSectionWhoseNameEndsAnotherIsNotConfused() {
    String document = "<!-- bundle-sizes:start -->\nbundles\n<!-- bundle-sizes:end -->\n";

    assertEquals(document.stripTrailing() + "\n\n" + START + "\nmine\n" + END + "\n",
        ResultsFile.withSection(document, "sizes", "mine"));
  }

  @Test
  void aRunNotAskedToRecordLeavesTheFileAlone(@TempDir Path root) throws Exception {
    Path results = Files.createDirectories(root.resolve("bench")).resolve("RESULTS.md");
    String before = "# Benchmark results\n\n" + START + "\nold\n" + END + "\n";
    Files.writeString(results, before);

    assertFalse(ResultsFile.record(root, "sizes", "new", false));

    assertEquals(before, Files.readString(results));
  }

  @Test
  void aRunAskedToRecordWritesItsSection(@TempDir Path root) throws Exception {
    Path results = Files.createDirectories(root.resolve("bench")).resolve("RESULTS.md");
    Files.writeString(results, "# Benchmark results\n\n" + START + "\nold\n" + END + "\n");

    assertTrue(ResultsFile.record(root, "sizes", "new", true));

    assertEquals("# Benchmark results\n\n" + START + "\nnew\n" + END + "\n", Files.readString(results));
  }
}
