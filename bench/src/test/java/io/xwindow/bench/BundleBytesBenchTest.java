package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three tables of {@link BundleBytesBench}: rows, their order, their figures. */
class BundleBytesBenchTest {
  /** Outbox, Ids, Outbox$Batch, base.js (one byte), and 26 bytes of wrapper, of 48. */
  private static ByteAttribution attribution() throws Exception {
    return new SourceMaps()
        .map("sources/io/xwindow/postrobot/send/Outbox.java", 12, 20)
        .map("sources/io/xwindow/postrobot/wire/Ids.impl.java.js", 20, 29)
        .map("sources/io/xwindow/postrobot/send/Outbox$Batch.impl.java.js", 29, 33)
        .map("sources/closure/goog/base.js", 33, 34)
        .attribution(SourceMaps.CODE);
  }

  /** The cells of each row of a Markdown table, the header first, without the separator line. */
  private static List<List<String>> cells(String table) {
    return table.lines()
        .filter(line -> !line.startsWith("|-"))
        .map(line -> List.of(line.substring(1, line.length() - 1).split("\\|")).stream().map(String::strip).toList())
        .toList();
  }

  @Test
  void ownersAddUpTheirFilesLargestFirst() throws Exception {
    List<List<String>> rows = cells(BundleBytesBench.byOwner(attribution()));

    assertEquals(List.of("Owner", "Files", "raw B", "raw %", "gzip alone B", "gzip saved B"), rows.get(0));
    assertEquals(List.of("no source", "xwindow", "Closure Library"), rows.stream().skip(1).map(r -> r.get(0)).toList());
    assertEquals(List.of("xwindow", "2", "21", "43.8"), rows.get(2).subList(0, 4));
    assertEquals(List.of("Closure Library", "1", "1", "2.1"), rows.get(3).subList(0, 4));
  }

  @Test
  void notOursIsEverythingButXwindowsFiles() throws Exception {
    ByteAttribution bytes = attribution();
    String sentence = BundleBytesBench.notOurs(bytes);

    // 26 bytes of no source and 1 of base.js, out of 48.
    assertTrue(sentence.contains(": 27 raw bytes (56.3 %), "), sentence);
    ByteAttribution.Share glue = bytes.share(file -> file.owner() != SourceFile.Owner.XWINDOW);
    assertTrue(sentence.endsWith(glue.alone() + " compressed alone, " + glue.saved() + " saved without it."), sentence);
  }

  @Test
  void packagesAreNamedWithTheirOwner() throws Exception {
    List<List<String>> rows = cells(BundleBytesBench.byPackage(attribution()));

    assertEquals(List.of("Owner", "Package", "Files"), rows.get(0).subList(0, 3));
    assertEquals(List.of(
            List.of("no source", "—", "1", "26"),
            List.of("xwindow", "`io.xwindow.postrobot.send`", "1", "12"),
            List.of("xwindow", "`io.xwindow.postrobot.wire`", "1", "9"),
            List.of("Closure Library", "`goog`", "1", "1")),
        rows.stream().skip(1).map(r -> r.subList(0, 4)).toList());
  }

  @Test
  void filesAreOneRowEachWithTheirNestedClasses() throws Exception {
    List<List<String>> rows = cells(BundleBytesBench.byFile(attribution()));

    assertEquals(List.of("Source", "Owner", "raw B", "raw %", "gzip alone B", "gzip saved B"), rows.get(0));
    assertEquals(List.of(
            List.of("*(no source)*", "no source", "26"),
            List.of("`io.xwindow.postrobot.send.Outbox`", "xwindow", "12"),
            List.of("`io.xwindow.postrobot.wire.Ids`", "xwindow", "9"),
            List.of("`goog/base.js`", "Closure Library", "1")),
        rows.stream().skip(1).map(r -> r.subList(0, 3)).toList());
  }

  @Test
  void eachModuleHasItsBundleAndItsOwnSection() {
    assertEquals("post-robot/target/post-robot.js", BundleBytesBench.bundle("post-robot"));
    assertEquals("bundle-bytes", BundleBytesBench.section("post-robot"));
    assertEquals("xcomponent/target/xcomponent.js", BundleBytesBench.bundle("xcomponent"));
    assertEquals("bundle-bytes-xcomponent", BundleBytesBench.section("xcomponent"));
  }
}
