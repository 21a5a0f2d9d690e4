package io.xwindow.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NpmPackage} without the network: a stand-in {@code npm} script "packs" a tarball made
 * here, and logs each call so that the tests can count downloads. Needs {@code sh} and {@code
 * tar}, as {@link NpmPackage} itself does.
 */
class NpmPackageTest {
  @TempDir Path dir;

  /** A stand-in for npm: logs its arguments, then copies the fixture into its working folder. */
  private String fakeNpm(Path tarball) throws IOException {
    Path script = dir.resolve("fake-npm");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "echo \"$@\" >> '" + dir.resolve("calls.log") + "'\n"
            + "cp '" + tarball + "' ./demo-1.0.0.tgz\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  /** A tarball laid out as npm publishes: everything under {@code package/}. */
  private Path tarball() throws Exception {
    Path source = dir.resolve("source");
    Files.createDirectories(source.resolve("package/dist"));
    Files.writeString(source.resolve("package/package.json"), "{\"name\":\"demo\"}");
    Files.writeString(source.resolve("package/dist/demo.min.js"), "window.demo={};");
    Path tarball = dir.resolve("fixture.tgz");
    Process tar =
        new ProcessBuilder("tar", "-czf", tarball.toString(), "-C", source.toString(), "package")
            .inheritIO()
            .start();
    assertEquals(0, tar.waitFor());
    return tarball;
  }

  private List<String> calls() throws IOException {
    Path log = dir.resolve("calls.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  @Test
  void packsExtractsAndReturnsAFileOfThePackage() throws Exception {
    Path cache = dir.resolve("cache");
    NpmPackage demo = new NpmPackage("@scope/demo@1.0.0", cache, fakeNpm(tarball()));

    Path file = demo.file("dist/demo.min.js");

    assertEquals(cache.resolve("scope-demo-1.0.0/dist/demo.min.js"), file);
    assertEquals("window.demo={};", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of("pack @scope/demo@1.0.0"), calls());
    try (var left = Files.list(cache)) {
      assertEquals(List.of(cache.resolve("scope-demo-1.0.0")), left.toList(), "no staging left");
    }
  }

  @Test
  void downloadsNothingOnceExtracted() throws Exception {
    Path cache = dir.resolve("cache");
    String npm = fakeNpm(tarball());
    new NpmPackage("demo@1.0.0", cache, npm).file("package.json");

    Path again = new NpmPackage("demo@1.0.0", cache, npm).file("dist/demo.min.js");

    assertTrue(Files.isRegularFile(again));
    assertEquals(1, calls().size(), "npm ran once: " + calls());
  }

  @Test
  void aMissingFileSaysWhatThePackageHas() throws Exception {
    NpmPackage demo = new NpmPackage("demo@1.0.0", dir.resolve("cache"), fakeNpm(tarball()));

    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> demo.file("dist/other.js"));

    assertTrue(missing.getMessage().contains("[demo.min.js]"), missing.getMessage());
    assertThrows(IllegalArgumentException.class, () -> demo.file("../../fake-npm"));
  }

  @Test
  void aFailingNpmFailsWithItsOutput() throws Exception {
    Path script = dir.resolve("broken-npm");
    Files.writeString(script, "#!/bin/sh\necho 'npm ERR! 404 Not Found - demo@9.9.9'\nexit 1\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    Path cache = dir.resolve("cache");
    NpmPackage missing = new NpmPackage("demo@9.9.9", cache, script.toString());

    UncheckedIOException failure = assertThrows(UncheckedIOException.class, missing::folder);

    assertTrue(failure.getCause().getMessage().contains("npm ERR! 404"), failure.toString());
    try (var left = Files.list(cache)) {
      assertEquals(List.of(), left.toList(), "no staging left, nothing cached");
    }
  }

  @Test
  void safeNamesStayInsideTheCache() {
    assertEquals("krakenjs-post-robot-11.0.0", NpmPackage.safeName("@krakenjs/post-robot@11.0.0"));
    assertEquals("post-robot-10.0.46", NpmPackage.safeName("post-robot@10.0.46"));
    assertEquals("etc-passwd", NpmPackage.safeName("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> NpmPackage.safeName("@/"));
    assertThrows(IllegalArgumentException.class, () -> NpmPackage.published("--registry=x"));
  }
}
