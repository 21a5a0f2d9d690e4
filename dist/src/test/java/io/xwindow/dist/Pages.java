package io.xwindow.dist;

import io.xwindow.testkit.Site;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Page scripts, bundled as an application bundles them. */
final class Pages {
  /** Why HtmlUnit cannot run the pages: esbuild writes an application's bundle in ES2015+. */
  static final String MODERN_SYNTAX = "HtmlUnit 4.21 runs ES5 only, and esbuild bundles in ES2015+";

  private Pages() {}

  /** Copies {@code pages/NAME} into {@code dir} and bundles it there with esbuild; the bundle's path. */
  static Path bundle(Path dir, String name) {
    try (InputStream in = Pages.class.getResourceAsStream("pages/" + name)) {
      Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Npm.bundle(dir, name, "out/" + name);
  }

  /** Writes {@code code} as {@code dir/NAME} and bundles it there with esbuild; the bundle's path. */
  static Path bundle(Path dir, String name, String code) {
    try {
      Files.writeString(dir.resolve(name), code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Npm.bundle(dir, name, "out/" + name);
  }

  /** Serves {@code bundle} on {@code site} at {@code /NAME}. */
  static void serve(Site site, Path bundle) {
    site.script("/" + bundle.getFileName(), bundle);
  }
}
