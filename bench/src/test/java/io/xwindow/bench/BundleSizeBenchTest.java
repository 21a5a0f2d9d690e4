package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part of {@link BundleSizeBench} that needs no network: gzip sizes. */
class BundleSizeBenchTest {

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
}
