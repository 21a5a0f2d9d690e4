package io.xwindow.dist;

import io.xwindow.testkit.Bundles;
import io.xwindow.testkit.Folders;
import io.xwindow.testkit.Lane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The package as the build made it, and folders where it is installed as a user installs it,
 * with the tools from npm the tests check it with.
 */
final class Npm {
  /** The Maven project version, which the package has. */
  static String version() {
    String version = System.getProperty("xwindow.project.version");
    if (version == null || version.isEmpty()) {
      throw new IllegalStateException("no xwindow.project.version: run the tests with Maven");
    }
    return version;
  }

  /** The folder the build packed, {@code dist/target/package}. */
  static Path packageFolder() {
    Lane.require(Lane.BUNDLE, "the npm package the build packed");
    return Bundles.root().resolve("dist/target/package");
  }

  /** The tarball the build left, {@code dist/target/xwindow-VERSION.tgz}. */
  static Path tarball() {
    Lane.require(Lane.BUNDLE, "the npm package the build packed");
    Path tarball = Bundles.root().resolve("dist/target/xwindow-" + version() + ".tgz");
    if (!Files.isRegularFile(tarball)) {
      throw new IllegalStateException(tarball + " is missing: build it first (mvn package)");
    }
    return tarball;
  }

  /**
   * The tools' folder, {@code target/npm-tools} at the root: the checkers and the bundler of
   * {@code dist/src/test/npm-tools}, pinned there with every package they pull in
   * (package-lock.json), installed by {@code npm ci} on first use and kept while the lockfile is
   * the same.
   */
  static synchronized Path tools() {
    Lane.require(Lane.NODE, "the npm tools of dist/src/test/npm-tools");
    Path pins = Bundles.root().resolve("dist/src/test/npm-tools");
    Path dir = Bundles.root().resolve("target/npm-tools");
    Path stamp = dir.resolve("installed-lock.json");
    try {
      String lock = Files.readString(pins.resolve("package-lock.json"));
      if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(lock)) {
        return dir;
      }
      Folders.deleteTree(dir);
      Files.createDirectories(dir);
      for (String file : List.of("package.json", "package-lock.json")) {
        Files.copy(pins.resolve(file), dir.resolve(file));
      }
      Command.succeed(dir, "npm", "ci", "--no-audit", "--no-fund");
      Files.writeString(stamp, lock);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tool's command, e.g. {@code tool("attw")}. */
  static String tool(String name) {
    return tools().resolve("node_modules/.bin/" + name).toString();
  }

  /**
   * An empty folder {@code dist/target/consumers/NAME} (emptied if it was there) with a {@code
   * package.json} of {@code packageJson}, where the package is installed as the README says:
   * {@code npm install ./xwindow-VERSION.tgz}.
   */
  static Path consumer(String name, String packageJson) {
    Lane.require(Lane.NODE, "npm, to install the package");
    Path dir = Bundles.root().resolve("dist/target/consumers").resolve(name);
    try {
      Folders.deleteTree(dir);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("package.json"), packageJson);
      Path tarball = tarball();
      Files.copy(tarball, dir.resolve(tarball.getFileName()));
      Command.succeed(dir, "npm", "install", "--no-audit", "--no-fund", "./" + tarball.getFileName());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The subpaths of the package, one per library. */
  static List<String> subpaths() {
    return List.of("post-robot", "xcomponent", "zoid", "xcomponent-child", "zoid-child", "beaver-logger",
        "memcookies");
  }

  /** The subpaths of the add-ons: each registers itself for its library and exports nothing. */
  static List<String> addOns() {
    return List.of("beaver-vitals", "beaver-transitions");
  }

  /**
   * Bundles {@code entry} (in {@code dir}, where the package is installed) with esbuild into one
   * minified script, {@code out}, as an application's build would.
   */
  static Path bundle(Path dir, String entry, String out) {
    Command.succeed(dir, tool("esbuild"), entry, "--bundle", "--minify", "--format=iife",
        "--target=es2020", "--outfile=" + out, "--log-level=warning");
    return dir.resolve(out);
  }

}
