package io.xwindow.xcomponent;

import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The frameworks the drivers are tested in (React 19 and 18, Vue 3, Angular 22) and esbuild, pinned with
 * their whole tree in {@code src/test/npm-frameworks/package-lock.json}, installed by {@code npm
 * ci} into {@code target/npm-frameworks} on first use (again only when the lockfile changes); and
 * test pages bundled from them as an application's build would, in development mode (where React
 * mounts a StrictMode tree twice).
 */
final class Frameworks {
  private static final Path PINS = Path.of("src/test/npm-frameworks");
  private static final Path DIR = Path.of("target/npm-frameworks");

  private Frameworks() {}

  /** The folder where the frameworks are installed, installing them if needed. */
  static synchronized Path installed() {
    Path stamp = DIR.resolve("installed-lock.json");
    try {
      String lock = Files.readString(PINS.resolve("package-lock.json"));
      if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(lock)) {
        return DIR;
      }
      deleteTree(DIR);
      Files.createDirectories(DIR);
      for (String file : List.of("package.json", "package-lock.json", ".npmrc")) {
        Files.copy(PINS.resolve(file), DIR.resolve(file));
      }
      run(DIR, List.of("npm", "ci", "--no-audit", "--no-fund"));
      Files.writeString(stamp, lock);
      return DIR;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Bundles {@code source} (an ES module that imports the frameworks) into one script, {@code
   * pages/NAME.js}; each of {@code aliases} is esbuild's {@code PACKAGE=OTHER} (React 18 is
   * installed as {@code react18} beside React 19).
   */
  static Path bundle(String name, String source, String... aliases) {
    Path dir = installed();
    try {
      Path pages = Files.createDirectories(dir.resolve("pages"));
      Files.writeString(pages.resolve(name + ".src.js"), source);
      List<String> command = new ArrayList<>(List.of(
          dir.resolve("node_modules/.bin/esbuild").toAbsolutePath().toString(),
          "pages/" + name + ".src.js", "--bundle", "--format=iife", "--target=es2020",
          "--outfile=pages/" + name + ".js", "--log-level=warning",
          "--define:process.env.NODE_ENV=\"development\"", "--define:__VUE_OPTIONS_API__=true",
          "--define:__VUE_PROD_DEVTOOLS__=false",
          "--define:__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false"));
      for (String alias : aliases) {
        command.add("--alias:" + alias);
      }
      run(dir, command);
      return pages.resolve(name + ".js");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serves the parent page {@code /parent.html} on {@code parent}: a container, xcomponent.js,
   * the definition with the {@link Pages#HELPERS}, then the bundled {@code page}.
   */
  static void parent(Site parent, String definition, Path page) {
    parent.bundle("xcomponent.js").script("/page.js", page).page("/parent.html", Html.page(
        "<div id=container></div>" + Html.script("/bundles/xcomponent.js")
            + Html.inline(Pages.HELPERS + definition) + Html.script("/page.js")));
  }

  /** Runs {@code command} in {@code dir}: its output, or a failure with it. */
  static String run(Path dir, List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).start();
    try {
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " took over 5 minutes");
      }
      String text = new String(output, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " exited with " + process.exitValue()
            + ":\n" + text);
      }
      return text;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
