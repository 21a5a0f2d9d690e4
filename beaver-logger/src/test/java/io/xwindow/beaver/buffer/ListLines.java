package io.xwindow.beaver.buffer;

import java.util.ArrayList;
import java.util.List;

/** {@link Lines} over a Java list, for tests on the JVM. */
public final class ListLines implements Lines {
  private final List<String> list = new ArrayList<>();

  @Override
  public int size() {
    return list.size();
  }

  @Override
  public String get(int index) {
    return list.get(index);
  }

  @Override
  public void add(String line) {
    list.add(line);
  }

  @Override
  public int indexOf(String line) {
    return list.indexOf(line);
  }

  @Override
  public void splice(int start, int count) {
    list.subList(start, start + count).clear();
  }

  /** A buffer over a list, bounded as given. */
  public static Buffer buffer(int maxEntries, int maxChars) {
    return Buffer.of(new ListLines(), maxEntries, maxChars);
  }
}
