package io.xwindow.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A package published on the npm registry, for tests that run the JavaScript libraries we
 * replace. The first use runs {@code npm pack <spec>} and extracts the tarball with {@code tar}
 * into {@code <project root>/target/npm/<safe name>/} (inside the git-ignored {@code target/});
 * later uses, in this run or the next, find it there and download nothing.
 *
 * <pre>{@code
 * Path dist = NpmPackage.published("post-robot@10.0.46").file("dist/post-robot.min.js");
 * }</pre>
 *
 * <p>Pin an exact version in the spec: the cache is keyed by the spec, so a range would stay at
 * whatever it first resolved to.
 */
public final class NpmPackage {
  /** How long {@code npm pack} may take: a first download on a slow network. */
  private static final long PACK_MINUTES = 5;

  private final String spec;
  private final Path cache;
  private final String npm;

  /**
   * {@code npm} is the command to run (a stand-in for tests); {@code cache} the folder that holds
   * one extracted folder per spec.
   */
  NpmPackage(String spec, Path cache, String npm) {
    if (spec == null || spec.isBlank() || spec.startsWith("-")) {
      throw new IllegalArgumentException("not a package spec: '" + spec + "'");
    }
    this.spec = spec;
    this.cache = cache;
    this.npm = npm;
  }

  /** The package {@code spec} (e.g. {@code @krakenjs/post-robot@11.0.0}), fetched on first use. */
  public static NpmPackage published(String spec) {
    NpmPackage published = new NpmPackage(spec, Bundles.root().resolve("target").resolve("npm"), "npm");
    Lane.require(Lane.NODE, "the npm package " + spec);
    return published;
  }

  /** The spec as given, e.g. {@code post-robot@10.0.46}. */
  public String spec() {
    return spec;
  }

  /**
   * The folder name of a spec: {@code @krakenjs/post-robot@11.0.0} becomes {@code
   * krakenjs-post-robot-11.0.0}. Only letters, digits, dots, dashes and underscores remain, so
   * a spec can never name a path outside the cache.
   */
  static String safeName(String spec) {
    String safe = spec.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
    if (safe.isEmpty()) {
      throw new IllegalArgumentException("no usable folder name in spec '" + spec + "'");
    }
    return safe;
  }

  /** The folder holding the package's files (its {@code package.json} at the top), fetched if needed. */
  public Path folder() {
    Path folder = cache.resolve(safeName(spec));
    if (!Files.isDirectory(folder)) {
      fetchInto(folder);
    }
    return folder;
  }

  /** The version its {@code package.json} declares, e.g. {@code 10.0.46}. */
  public String version() {
    try {
      java.util.regex.Matcher version =
          java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
              .matcher(Files.readString(folder().resolve("package.json")));
      if (!version.find()) {
        throw new IllegalStateException(spec + ": package.json declares no version");
      }
      return version.group(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The file at {@code pathInPackage} (e.g. {@code dist/post-robot.min.js}); fails, listing what
   * the package has there, when it has no such file.
   */
  public Path file(String pathInPackage) {
    Path folder = folder();
    Path file = folder.resolve(pathInPackage).normalize();
    if (!file.startsWith(folder)) {
      throw new IllegalArgumentException(pathInPackage + " is outside the package");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          spec + " has no file " + pathInPackage + "; its " + file.getParent() + " holds "
              + list(file.getParent()));
    }
    return file;
  }

  /**
   * Packs and extracts into a staging folder next to {@code folder}, then renames it into place
   * in one step: a run that is interrupted, or a second run at the same time, never sees half a
   * package.
   */
  private void fetchInto(Path folder) {
    Path staging = null;
    try {
      Files.createDirectories(cache);
      staging = Files.createTempDirectory(cache, folder.getFileName() + ".partial-");
      Path tarball = pack(staging);
      Path extracted = Files.createDirectory(staging.resolve("extracted"));
      run(staging, List.of("tar", "-xzf", tarball.toString(), "-C", extracted.toString(),
          "--no-same-owner"), 1);
      Path top = onlyEntry(extracted);
      try {
        Files.move(top, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (!Files.isDirectory(folder)) {
          throw e;
        } // another run put it there first: theirs is as good as ours
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fetch npm package " + spec, e);
    } finally {
      if (staging != null) {
        Folders.deleteQuietly(staging);
      }
    }
  }

  /** Runs {@code npm pack} in {@code dir}, where it writes the tarball; returns the tarball. */
  private Path pack(Path dir) throws IOException {
    run(dir, List.of(npm, "pack", spec), PACK_MINUTES);
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> tarballs =
          files.filter(f -> f.getFileName().toString().endsWith(".tgz")).collect(Collectors.toList());
      if (tarballs.size() != 1) {
        throw new IOException("npm pack " + spec + " left " + tarballs + " in " + dir);
      }
      return tarballs.get(0);
    }
  }

  /** The one folder a tarball holds at its top ({@code package/} for packages npm publishes). */
  private Path onlyEntry(Path extracted) throws IOException {
    try (Stream<Path> entries = Files.list(extracted)) {
      List<Path> all = entries.collect(Collectors.toList());
      if (all.size() != 1 || !Files.isDirectory(all.get(0))) {
        throw new IOException("the tarball of " + spec + " does not hold one folder: " + all);
      }
      return all.get(0);
    }
  }

  /** Runs {@code command} in {@code dir}; fails with its output unless it exits with 0 in time. */
  private static void run(Path dir, List<String> command, long minutes) throws IOException {
    Path log = dir.resolve("command.log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " took over " + minutes + " min");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
              + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
    }
    Files.delete(log);
  }

  private static String list(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return "nothing (no such folder)";
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList()).toString();
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

}
