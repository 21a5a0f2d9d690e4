package io.xwindow.bench;

import com.google.debugging.sourcemap.FilePosition;
import com.google.debugging.sourcemap.SourceMapGeneratorV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Source maps for tests, written by the Closure Compiler's own generator, as the build's are. */
final class SourceMaps {
  /**
   * A small bundle: 0-11 the wrapper's start, then 12-19 {@code var a=1;}, 20-28 {@code var b=22;},
   * 29-32 {@code c();}, 33-47 the wrapper's end; 48 bytes.
   */
  static final String CODE = "(function(){var a=1;var b=22;c();}).call(this);\n";

  private final SourceMapGeneratorV3 generator = new SourceMapGeneratorV3();

  /**
   * Maps the code from {@code line}:{@code column} to {@code endLine}:{@code endColumn} (0-based,
   * columns in chars) to {@code source}.
   */
  SourceMaps map(String source, int line, int column, int endLine, int endColumn) {
    generator.addMapping(source, null, new FilePosition(1, 0),
        new FilePosition(line, column), new FilePosition(endLine, endColumn));
    return this;
  }

  /** {@link #map(String, int, int, int, int)} within line 0. */
  SourceMaps map(String source, int column, int endColumn) {
    return map(source, 0, column, 0, endColumn);
  }

  /** {@code code} as shipped, mapped by this map. */
  MappedBundle bundle(String code) throws SourceMapParseException {
    return MappedBundle.of(code.getBytes(StandardCharsets.UTF_8), code + MappedBundle.MAP_COMMENT + "bundle.js.map", json());
  }

  /** Every byte of {@code code} attributed by this map. */
  ByteAttribution attribution(String code) throws SourceMapParseException {
    return ByteAttribution.of(bundle(code));
  }

  /** The map, as JSON. */
  String json() {
    StringBuilder json = new StringBuilder();
    try {
      generator.appendTo(json, "bundle.js");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json.toString();
  }
}
