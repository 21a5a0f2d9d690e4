package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TypeScript compiler from npm ({@value #SPEC}), for the tests that check a bundle's typings
 * against samples of use and misuse.
 */
public final class TypeScript {
  /** The compiler's package. */
  public static final String SPEC = "typescript@5.6.3";

  private TypeScript() {}

  /**
   * Compiles {@code sample} with {@code typings} beside it, {@code --strict --noEmit}, ES2017 with
   * the DOM; returns the exit code and the compiler's output as {@code "CODE:OUTPUT"}, so {@code
   * "0:"} means clean.
   */
  public static String check(Path typings, Path sample) {
    Lane.require(Lane.TSC, "the TypeScript compiler");
    try {
      Path dir = Files.createTempDirectory("typings");
      Path dts = Files.copy(typings, dir.resolve(typings.getFileName()));
      Path ts = Files.copy(sample, dir.resolve(sample.getFileName()));
      Path tsc = NpmPackage.published(SPEC).file("lib/tsc.js");
      Process process = new ProcessBuilder(List.of("node", tsc.toString(), "--strict", "--noEmit",
              "--target", "es2017", "--lib", "es2017,dom", ts.toString(), dts.toString()))
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor() + ":" + output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
