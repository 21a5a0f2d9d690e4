package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders a test made and removes again. */
public final class Folders {
  private Folders() {}

  /**
   * Deletes {@code dir} and everything in it; a folder that does not exist is left as it is.
   *
   * @throws UncheckedIOException when a file in it cannot be deleted
   */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes what it can of {@code dir}, for clean-ups where a leftover file is harmless. */
  public static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary file is harmless: it lies under target/ or the system's temporary folder
    }
  }
}
