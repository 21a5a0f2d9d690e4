package io.xwindow.bench;

import java.util.List;

/** The notes under a results table: why a row failed, and the script errors its pages reported. */
final class Notes {
  /** Page errors listed per row; the rest are counted. */
  static final int ERRORS_SHOWN = 3;

  /**
   * One row's note.
   *
   * @param name how the row is named in the notes, e.g. "(5) post-robot 10 ↔ post-robot 10"
   * @param failure why it has no figures, or null when it measured
   * @param errors the script errors its pages reported
   */
  record Note(String name, String failure, List<String> errors) {}

  private Notes() {}

  /** The notes of every row that failed or reported errors; empty when all went well. */
  static String format(List<Note> notes) {
    StringBuilder out = new StringBuilder();
    for (Note note : notes) {
      if (note.failure() != null) {
        out.append("\n").append(note.name()).append(" failed:\n\n").append(quoted(note.failure()));
      }
      List<String> errors = note.errors();
      if (!errors.isEmpty()) {
        out.append("\n").append(note.name()).append(": ").append(errors.size()).append(" script error(s)")
            .append(errors.size() > ERRORS_SHOWN ? ", the first " + ERRORS_SHOWN : "").append(":\n\n");
        errors.stream().limit(ERRORS_SHOWN).forEach(e -> out.append(quoted(e)));
      }
    }
    return out.toString();
  }

  /** A possibly multi-line text from a page, as an indented block that Markdown leaves alone. */
  private static String quoted(String text) {
    return "    " + String.join("\n    ", text.strip().lines().toList()) + "\n";
  }
}
