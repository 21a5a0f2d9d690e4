package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A browser's own folder (its profile, its log), deleted when the browser stops. */
final class TempFolder {
  private TempFolder() {}

  static Path create(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path folder) {
    Folders.deleteQuietly(folder);
  }

}
