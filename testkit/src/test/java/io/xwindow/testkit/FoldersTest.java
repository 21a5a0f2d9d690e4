package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
  @TempDir Path root;

  @Test
  void deleteTreeRemovesAFolderWithNestedFiles() throws IOException {
    Path dir = Files.createDirectories(root.resolve("a/b/c"));
    Files.writeString(dir.resolve("file.txt"), "x");
    Files.writeString(root.resolve("a/top.txt"), "y");

    Folders.deleteTree(root.resolve("a"));

    assertFalse(Files.exists(root.resolve("a")));
    assertTrue(Files.exists(root), "the folder around it stays");
  }

  @Test
  void deleteTreeLeavesAMissingFolderAlone() {
    Folders.deleteTree(root.resolve("never-made"));
    Folders.deleteQuietly(root.resolve("never-made"));

    assertTrue(Files.exists(root));
  }

  @Test
  void deleteQuietlyRemovesAFolderWithNestedFiles() throws IOException {
    Path dir = Files.createDirectories(root.resolve("x/y"));
    Files.writeString(dir.resolve("f"), "z");

    Folders.deleteQuietly(root.resolve("x"));

    assertFalse(Files.exists(root.resolve("x")));
  }
}
