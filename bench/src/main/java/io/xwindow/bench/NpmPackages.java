package io.xwindow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Published npm packages, fetched with {@code npm pack} into a git-ignored folder, {@code
 * bench/.anchors}, one folder per package version, and reused from there on later runs.
 */
final class NpmPackages {
  private final Path anchors;

  /** Packages kept under {@code anchors}, which is created if missing. */
  NpmPackages(Path anchors) throws IOException {
    this.anchors = Files.createDirectories(anchors);
  }

  /** Packages kept in {@code bench/.anchors} of the project. */
  static NpmPackages of(Path root) throws IOException {
    return new NpmPackages(root.resolve("bench/.anchors"));
  }

  /** The folder packages are kept in. */
  Path folder() {
    return anchors;
  }

  /**
   * Fetches one npm package (no dependencies) into {@code <anchors>/<name>-<version>/} and returns
   * that folder; a folder already there is reused. The tarball is unpacked elsewhere first and moved
   * in whole, so an interrupted run never leaves a half-filled folder that would pass for the cache.
   */
  Path fetch(String spec) throws IOException, InterruptedException {
    // The name npm itself gives the tarball: "@krakenjs/zoid@10.5.2" -> "krakenjs-zoid-10.5.2".
    Path target = anchors.resolve(spec.replaceFirst("^@", "").replace('/', '-').replace('@', '-'));
    if (Files.isDirectory(target)) {
      return target;
    }
    Path work = Files.createTempDirectory(anchors, "pack-");
    Command.run(work, "npm", "pack", spec);
    Path tarball;
    try (Stream<Path> files = Files.list(work)) {
      tarball = files.filter(f -> f.toString().endsWith(".tgz")).findFirst()
          .orElseThrow(() -> new IOException("npm pack " + spec + " wrote no .tgz"));
    }
    Path unpacked = Files.createDirectory(work.resolve("unpacked"));
    // Strip the top folder ("package/" in most tarballs, not all); keep our uid on old tarballs.
    Command.run(work, "tar", "-xzf", tarball.toString(), "-C", unpacked.toString(), "--strip-components=1",
        "--no-same-owner");
    Files.move(unpacked, target);
    Files.delete(tarball);
    Files.delete(work);
    return target;
  }

  /** The version a fetched package folder declares in its package.json, as node reads it. */
  static String version(Path packageFolder) throws IOException, InterruptedException {
    return Command.firstLine(packageFolder, "node", "-p", "require('./package.json').version");
  }
}
