package io.xwindow.beaver.buffer;

/**
 * A list of strings, oldest first. In the browser a JavaScript array (Java's collections would
 * cost 3 KB of the bundle); on the JVM, in tests, any list.
 */
public interface Lines {
  /** How many lines there are. */
  int size();

  /** The line at {@code index}. */
  String get(int index);

  /** Appends {@code line}. */
  void add(String line);

  /** Removes the {@code count} oldest lines. */
  void removeFirst(int count);
}
