package io.xwindow.bench;

import com.google.debugging.sourcemap.FilePosition;
import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A shipped bundle with the source map of the same code: its bytes and, for each stretch of them
 * that the map ties to a source, which source. Bytes no mapping covers belong to no span.
 *
 * <p>The map comes from a second build of the bundle (Maven profile {@code bundle-sourcemap}),
 * whose file is the shipped code followed by a {@code //# sourceMappingURL=} comment; {@link #of}
 * refuses a map build whose code is not the shipped bundle's, byte for byte, so that every figure
 * is about the bytes users download.
 */
final class MappedBundle {
  /** What the build with a source map appends after the shipped code. */
  static final String MAP_COMMENT = "//# sourceMappingURL=";

  /** A stretch of the code, {@code [start, end)} in bytes, that came from {@code source}. */
  record Span(int start, int end, String source) {}

  private final byte[] code;
  private final List<Span> spans;

  private MappedBundle(byte[] code, List<Span> spans) {
    this.code = code;
    this.spans = List.copyOf(spans);
  }

  /** Reads the shipped bundle, the same bundle built with a map, and the map. */
  static MappedBundle read(Path shipped, Path mapBuild, Path map) throws IOException {
    try {
      return of(Files.readAllBytes(shipped), Files.readString(mapBuild), Files.readString(map));
    } catch (SourceMapParseException e) {
      throw new IOException(map + ": " + e.getMessage(), e);
    }
  }

  /**
   * The shipped code, {@code shipped}, mapped by {@code mapJson}, the source map of {@code
   * mapBuild}. Fails unless {@code mapBuild} is {@code shipped} followed by a {@code
   * sourceMappingURL} comment.
   */
  static MappedBundle of(byte[] shipped, String mapBuild, String mapJson) throws SourceMapParseException {
    int comment = mapBuild.lastIndexOf(MAP_COMMENT);
    if (comment < 0) {
      throw new IllegalArgumentException("the build with a source map has no " + MAP_COMMENT + " comment");
    }
    byte[] mapped = mapBuild.substring(0, comment).getBytes(StandardCharsets.UTF_8);
    int differs = Arrays.mismatch(shipped, mapped);
    if (differs >= 0) {
      throw new IllegalArgumentException("the build with a source map is not the shipped bundle: "
          + shipped.length + " against " + mapped.length + " bytes, first difference at byte " + differs);
    }
    String text = mapBuild.substring(0, comment);
    int[] lineStarts = lineStarts(text);
    int[] byteAt = byteOffsets(text);
    SourceMapConsumerV3 map = new SourceMapConsumerV3();
    map.parse(mapJson);
    List<Span> spans = new ArrayList<>();
    map.visitMappings((source, symbol, sourceStart, start, end) -> {
      int from = byteAt[charOffset(lineStarts, text.length(), start)];
      int to = byteAt[charOffset(lineStarts, text.length(), end)];
      if (to > from) {
        spans.add(new Span(from, to, source));
      }
    });
    return new MappedBundle(shipped, spans);
  }

  /** The shipped code. */
  byte[] code() {
    return code.clone();
  }

  /** The mapped stretches, in the order of the code; they do not overlap. */
  List<Span> spans() {
    return spans;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The offset in chars (UTF-16 units, which source map columns count) of {@code position},
   * within the text. The map's last mapping ends one column after its start, past the text if the
   * text ends there.
   */
  private static int charOffset(int[] lineStarts, int length, FilePosition position) {
    if (position.getLine() >= lineStarts.length) {
      return length;
    }
    return Math.min(length, lineStarts[position.getLine()] + position.getColumn());
  }

  /** For each char offset of {@code text}, and its end, the offset in its UTF-8 bytes. */
  private static int[] byteOffsets(String text) {
    int[] bytes = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // A surrogate pair is 4 bytes in UTF-8: 2 for each half.
      bytes[i + 1] = bytes[i] + (c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3);
    }
    return bytes;
  }
}
