package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.bench.ByteAttribution.Share;
import io.xwindow.bench.SourceFile.Owner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every byte to one source, and the two compressed estimates of a part. */
class ByteAttributionTest {
  private static final String CODE = SourceMaps.CODE;

  @Test
  void everyByteGoesToOneFileAndTheRestToNoSource() throws Exception {
    // The wrapper, then Outbox, base.js, Outbox's nested Batch (the same file), base.js again (its
    // last mapping, one byte long), and the wrapper's end.
    ByteAttribution bytes = new SourceMaps()
        .map("sources/io/xwindow/send/Outbox.java", 12, 20)
        .map("sources/closure/goog/base.js", 20, 29)
        .map("sources/io/xwindow/send/Outbox$Batch.impl.java.js", 29, 33)
        .map("sources/closure/goog/base.js", 33, 34)
        .attribution(CODE);

    Map<SourceFile, Share> byFile = bytes.byFile();

    SourceFile outbox = SourceFile.of("sources/io/xwindow/send/Outbox.java");
    SourceFile base = SourceFile.of("sources/closure/goog/base.js");
    assertEquals(List.of(SourceFile.UNMAPPED, outbox, base), List.copyOf(byFile.keySet()), "largest first");
    assertEquals(12, byFile.get(outbox).raw());
    assertEquals(10, byFile.get(base).raw());
    assertEquals(CODE.length() - 12 - 10, byFile.get(SourceFile.UNMAPPED).raw());
    assertEquals(CODE.length(), byFile.values().stream().mapToLong(Share::raw).sum());
    assertEquals(CODE.length(), bytes.size());
  }

  @Test
  void aPartTakesTheBytesOfEveryFileItAccepts() throws Exception {
    ByteAttribution bytes = new SourceMaps()
        .map("sources/io/xwindow/send/Outbox.java", 12, 20)
        .map("sources/io/xwindow/wire/Ids.java", 20, 29)
        .map("sources/closure/goog/base.js", 29, 30)
        .attribution(CODE);

    assertEquals(17, bytes.share(file -> file.owner() == Owner.XWINDOW).raw());
    assertEquals(0, bytes.share(file -> file.owner() == Owner.JRE).raw());
    Share all = bytes.share(file -> true);
    assertEquals(CODE.length(), all.raw());
    assertEquals(bytes.deflated(), all.alone(), "everything alone is the whole bundle");
    assertEquals(bytes.deflated() - ByteAttribution.deflatedSize(new byte[0]), all.saved(),
        "without everything, only an empty stream is left");
  }

  @Test
  void aPartThatRepeatsTheRestSavesLittleThoughAloneItCostsMore() throws Exception {
    // 2,000 random letters, then the same 2,000 again: each half compresses badly alone, and
    // removing the second half saves little, since it is a copy of the first.
    Random random = new Random(1);
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    String code = letters.toString() + letters;
    ByteAttribution bytes = new SourceMaps()
        .map("sources/io/x/First.java", 0, 2000)
        .map("sources/io/x/Copy.java", 2000, 4000)
        .map("sources/io/x/End.java", 4000, 4001)
        .attribution(code);

    Share copy = bytes.byFile().get(SourceFile.of("sources/io/x/Copy.java"));

    assertEquals(2000, copy.raw());
    assertTrue(copy.alone() > 1000, "random letters compress to about 4.7 bits each: " + copy.alone());
    assertTrue(copy.saved() < 40, "a copy costs a few back-references: " + copy.saved());
  }

  @Test
  void deflatedSizeIsRawDeflateWithoutHeader() {
    // An empty final block: 2 bytes, where gzip -9 adds a 10-byte header and an 8-byte trailer.
    assertEquals(2, ByteAttribution.deflatedSize(new byte[0]));
    assertTrue(ByteAttribution.deflatedSize("hello\n".repeat(1000).getBytes(StandardCharsets.UTF_8)) < 40);
  }
}
