package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The snippets of the project's README.md, for the tests that run them as a user copies them.
 * A snippet is the fenced code block right after a line {@code <!-- snippet: NAME -->} (more
 * words may follow the name inside the comment).
 */
public final class Readme {
  private Readme() {}

  /** The code of snippet {@code name}, without its fences; fails when the README has none. */
  public static String snippet(String name) {
    String readme;
    try {
      readme = Files.readString(Bundles.root().resolve("README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher block = Pattern.compile("<!-- snippet: " + Pattern.quote(name)
            + "(?: [^\\n]*)? -->\\n```[\\w-]*\\n(.*?)```\\n", Pattern.DOTALL)
        .matcher(readme);
    if (!block.find()) {
      throw new IllegalStateException("README.md has no snippet '" + name + "'");
    }
    return block.group(1);
  }
}
