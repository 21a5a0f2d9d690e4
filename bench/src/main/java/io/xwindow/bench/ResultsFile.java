package io.xwindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bench/RESULTS.md}, where each benchmark owns one section between its own markers, {@code
 * <!-- name:start -->} and {@code <!-- name:end -->}, and rewrites only that section.
 */
final class ResultsFile {
  private ResultsFile() {}

  /** The marker that opens section {@code name}. */
  static String start(String name) {
    return "<!-- " + name + ":start -->";
  }

  /** The marker that closes section {@code name}. */
  static String end(String name) {
    return "<!-- " + name + ":end -->";
  }

  /**
   * The system property that asks a benchmark to record its figures; {@code bin/bench --record}
   * sets it to {@code true}.
   */
  static final String RECORD = "xwindow.bench.record";

  /**
   * Writes {@code section} as section {@code name} of the project's bench/RESULTS.md when this run
   * was asked to record ({@link #RECORD}); otherwise leaves the file alone and says so.
   */
  static void recordIfAsked(Path root, String name, String section) throws IOException {
    if (!record(root, name, section, Boolean.getBoolean(RECORD))) {
      System.out.println(
          "bench/RESULTS.md left as it was: add --record to write these figures into it");
    }
  }

  /** Writes the section when {@code asked}; returns whether it did. */
  static boolean record(Path root, String name, String section, boolean asked) throws IOException {
    if (!asked) {
      return false;
    }
    Path results = root.resolve("bench/RESULTS.md");
    String document = Files.exists(results) ? Files.readString(results) : null;
    Files.writeString(results, withSection(document, name, section));
    return true;
  }

  /**
   * Returns {@code document} with the text between the markers of section {@code name} replaced by
   * {@code section}. Without the markers, the marked section is appended; without a document
   * ({@code null}), a new one is started.
   */
  static String withSection(String document, String name, String section) {
    String start = start(name);
    String end = end(name);
    String marked = start + "\n" + section.strip() + "\n" + end;
    if (document == null) {
      return "# Benchmark results\n\n" + marked + "\n";
    }
    int from = document.indexOf(start);
    int to = from < 0 ? -1 : document.indexOf(end, from);
    if (to < 0) {
      return document.stripTrailing() + "\n\n" + marked + "\n";
    }
    return document.substring(0, from) + marked + document.substring(to + end.length());
  }
}
