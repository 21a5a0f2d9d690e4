package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.bench.MappedBundle.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which bytes of the shipped bundle each mapping of its map covers. */
class MappedBundleTest {
  private static final String CODE = SourceMaps.CODE;
  private static final String COMMENT = MappedBundle.MAP_COMMENT + "bundle.js.map";

  @Test
  void aMappingCoversTheBytesUpToTheNextMappingAndTheLastOneByte() throws Exception {
    // Closure's map writer records where a mapping ends only where no other starts; and not at all
    // for the last one, which its reader makes one column long.
    MappedBundle bundle = new SourceMaps()
        .map("sources/io/x/A.java", 12, 20)
        .map("sources/closure/goog/base.js", 20, 24)
        .map("sources/io/x/B.java", 26, 30)
        .bundle(CODE);

    assertEquals(List.of(new Span(12, 20, "sources/io/x/A.java"), new Span(20, 24, "sources/closure/goog/base.js"),
            new Span(26, 27, "sources/io/x/B.java")),
        bundle.spans());
    assertEquals("var a=1;", new String(bundle.code(), 12, 8, StandardCharsets.UTF_8));
  }

  @Test
  void columnsCountCharsAndSpansCountUtf8Bytes() throws Exception {
    // "é" is 2 bytes in UTF-8, "€" 3: the mapping after them starts 3 bytes after its column.
    String code = "(function(){var s=\"é€\";f(s);}).call(this);\n";
    int call = code.indexOf("f(s)");
    MappedBundle bundle = new SourceMaps()
        .map("sources/io/x/S.java", 12, call)
        .map("sources/io/x/F.java", call, call + 5)
        .map("sources/io/x/End.java", call + 5, call + 6)
        .bundle(code);

    assertEquals(List.of(new Span(12, call + 3, "sources/io/x/S.java"), new Span(call + 3, call + 8, "sources/io/x/F.java"),
            new Span(call + 8, call + 9, "sources/io/x/End.java")),
        bundle.spans());
    assertEquals("f(s);", new String(bundle.code(), call + 3, 5, StandardCharsets.UTF_8));
  }

  @Test
  void aMappingMayRunAcrossALineBreak() throws Exception {
    String code = "(function(){var a=1;\nb();}).call(this);\n";
    MappedBundle bundle = new SourceMaps()
        .map("sources/io/x/A.java", 0, 12, 1, 4)
        .map("sources/io/x/B.java", 1, 4, 1, 5)
        .bundle(code);

    assertEquals(List.of(new Span(12, 25, "sources/io/x/A.java"), new Span(25, 26, "sources/io/x/B.java")),
        bundle.spans());
  }

  @Test
  void aMapOfOtherCodeIsRefused() {
    String map = new SourceMaps().map("sources/io/x/A.java", 12, 20).json();
    byte[] shipped = CODE.getBytes(StandardCharsets.UTF_8);

    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> MappedBundle.of(shipped, CODE.replace("a=1", "a=2") + COMMENT, map));
    assertTrue(other.getMessage().contains("first difference at byte 18"), other.getMessage());

    IllegalArgumentException longer = assertThrows(IllegalArgumentException.class,
        () -> MappedBundle.of(shipped, CODE + "x;\n" + COMMENT, map));
    assertTrue(longer.getMessage().contains("first difference at byte " + CODE.length()), longer.getMessage());

    assertThrows(IllegalArgumentException.class, () -> MappedBundle.of(shipped, CODE, map), "no map comment");
  }
}
