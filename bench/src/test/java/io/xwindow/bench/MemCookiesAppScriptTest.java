package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/memcookies-app} started twice at once, as the memcookies benchmark starts the plain
 * application and the middleware, when the demo must be built first: one builds, the other waits
 * and finds it built. Run from a copy of the script in a checkout of empty source folders, with
 * stand-ins for {@code mvn} (which notes each call and takes a while) and {@code java}.
 */
class MemCookiesAppScriptTest {
  @TempDir Path dir;

  private void executable(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void twoStartedAtOnceBuildTheDemoOnce() throws Exception {
    Path root = dir.resolve("checkout");
    for (String folder : List.of("memcookies-server/src/main", "memcookies-server/client/src/main",
        "server-kit/src/main", "samples/src/main")) {
      Files.createDirectories(root.resolve(folder));
    }
    executable(root.resolve("bench/memcookies-app"),
        Files.readString(ProjectRoot.find().resolve("bench/memcookies-app")));
    Path calls = dir.resolve("calls");
    Path bin = dir.resolve("bin");
    // the second Maven call of a build writes the class path file that the script then moves in place
    executable(bin.resolve("mvn"), "#!/bin/sh\necho start >> '" + calls + "'\nsleep 1\n"
        + "case \"$*\" in *outputFile*) mkdir -p samples/target; echo cp > samples/target/memcookies-app.classpath.tmp;; esac\n"
        + "echo end >> '" + calls + "'\n");
    executable(bin.resolve("java"), "#!/bin/sh\nexit 0\n");

    Process first = start(root, bin, "1");
    Process second = start(root, bin, "2");

    assertTrue(first.waitFor(30, TimeUnit.SECONDS) && second.waitFor(30, TimeUnit.SECONDS), "both end");
    assertEquals(0, first.exitValue());
    assertEquals(0, second.exitValue());
    assertEquals(List.of("start", "end", "start", "end"), Files.readAllLines(calls), "one build of two Maven calls, not two at once");
  }

  private static Process start(Path root, Path bin, String port) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(root.resolve("bench/memcookies-app").toString(), port)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    return builder.start();
  }
}
