package io.xwindow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The scripts of the benchmarks' pages, from {@code src/main/resources/io/xwindow/bench/}. */
final class PageScript {
  private PageScript() {}

  /** The script at {@code path} under the benchmarks' resources, e.g. {@code render/child.js}. */
  static String read(String path) {
    try (InputStream in = PageScript.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no page script " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
