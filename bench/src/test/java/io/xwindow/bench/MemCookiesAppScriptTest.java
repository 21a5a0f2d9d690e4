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
 * {@code bench/memcookies-app} when the demo must be built first: started twice at once, as the
 * memcookies benchmark starts the plain application and the middleware, one builds, the other
 * waits and finds it built; and on a first start, the demo serves while memcookies.js builds. Run
 * from a copy of the script in a checkout of empty source folders, with stand-ins for {@code mvn}
 * (which notes each call) and {@code java}.
 */
class MemCookiesAppScriptTest {
  @TempDir Path dir;

  private void executable(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
  }

  /** A checkout of empty source folders with a copy of the script: what it builds is in the stand-ins. */
  private Path checkout() throws Exception {
    Path root = dir.resolve("checkout");
    for (String folder : List.of("base/src/main", "memcookies-server/src/main", "memcookies-server/client/src/main",
        "server-kit/src/main", "samples/src/main")) {
      Files.createDirectories(root.resolve(folder));
    }
    executable(root.resolve("bench/memcookies-app"),
        Files.readString(ProjectRoot.find().resolve("bench/memcookies-app")));
    return root;
  }

  /**
   * A stand-in for {@code mvn} that writes what the real one builds: the class path file (the
   * classes) or memcookies.js (the bundle), after {@code build}, run by {@code sh} in the checkout.
   */
  private Path maven(String build) throws Exception {
    Path bin = dir.resolve("bin");
    executable(bin.resolve("mvn"), "#!/bin/sh\n"
        + "case \"$*\" in\n"
        + "  *outputFile*) kind=classes;;\n"
        + "  *memcookies-server/client*) kind=bundle;;\n"
        + "esac\n"
        + build
        + "case $kind in\n"
        + "  classes) mkdir -p samples/target; echo cp > samples/target/memcookies-app.classpath.tmp;;\n"
        + "  bundle) mkdir -p memcookies-server/client/target; echo 'built' > memcookies-server/client/target/memcookies.js;;\n"
        + "esac\n");
    return bin;
  }

  @Test
  void twoStartedAtOnceBuildTheDemoOnce() throws Exception {
    Path root = checkout();
    Path calls = dir.resolve("calls");
    Path bin = maven("echo start >> '" + calls + "'\nsleep 1\necho end >> '" + calls + "'\n");
    executable(bin.resolve("java"), "#!/bin/sh\nexit 0\n");

    Process first = start(root, bin, "1");
    Process second = start(root, bin, "2");

    assertTrue(first.waitFor(30, TimeUnit.SECONDS) && second.waitFor(30, TimeUnit.SECONDS), "both end");
    assertEquals(0, first.exitValue());
    assertEquals(0, second.exitValue());
    assertEquals(List.of("start", "end", "start", "end"), Files.readAllLines(calls), "one build of two Maven calls, not two at once");
  }

  /**
   * On a first start the demo serves once its Java classes are built, while memcookies.js builds:
   * the stand-in for that build waits (10 s at most) for the demo to start before it ends. The
   * bundle is then in place, and a second start builds nothing.
   */
  @Test
  void aFirstStartServesWhileMemcookiesJsBuilds() throws Exception {
    Path root = checkout();
    Path calls = dir.resolve("calls");
    Path started = dir.resolve("started");
    Path bin = maven("if [ $kind = bundle ]; then\n"
        + "  i=0; while [ ! -f '" + started + "' ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done\n"
        + "  if [ -f '" + started + "' ]; then echo 'bundle, the demo serving'; else echo 'bundle, no demo yet'; fi >> '" + calls + "'\n"
        + "else echo $kind >> '" + calls + "'; fi\n");
    executable(bin.resolve("java"), "#!/bin/sh\necho demo >> '" + calls + "'\ntouch '" + started + "'\n");

    Process first = start(root, bin, "1");
    assertTrue(first.waitFor(30, TimeUnit.SECONDS), "ends");
    Process second = start(root, bin, "2"); // waits for the build's lock
    assertTrue(second.waitFor(30, TimeUnit.SECONDS), "ends");

    assertEquals(0, first.exitValue());
    assertEquals(0, second.exitValue());
    assertEquals(List.of("classes", "demo", "bundle, the demo serving", "demo"), Files.readAllLines(calls));
    assertEquals("built\n", Files.readString(
        root.resolve("memcookies-server/target/classes/io/xwindow/memcookies/server/memcookies.js")));
  }

  private static Process start(Path root, Path bin, String port) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(root.resolve("bench/memcookies-app").toString(), port)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    return builder.start();
  }
}
