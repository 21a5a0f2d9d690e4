package io.xwindow.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Bundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keyset tool as an operator runs it, each time in a fresh JVM: {@code java -jar
 * xwindow-memcookies-keyset-VERSION.jar}, and {@code bin/keyset}. Every failure is one line and an
 * exit code, never a stack trace.
 */
class KeysetCommandTest {
  @TempDir Path dir;

  /** The runnable jar the build made. */
  static Path jar() {
    Path jar = Bundles.root().resolve("memcookies-server/keyset/target/xwindow-memcookies-keyset-" + Consumers.version() + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it first (mvn package)");
    }
    return jar;
  }

  /** Exit code, standard output and standard error of one run. */
  private record Run(int exitCode, String out, String err) {}

  private Run keyset(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("java", "-jar", jar().toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  private Run run(List<String> command) throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void createsAKeysetInAFreshJvm() throws Exception {
    Run create = keyset("create", "keys.json");

    assertEquals(0, create.exitCode(), create.err());
    assertTrue(create.out().matches("\\d+\tENABLED\tprimary \\(seals and opens\\)\n"), create.out());
    assertEquals("", create.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys.json"))));
  }

  @Test
  void rollsANewKeyOutThenRotates() throws Exception {
    assertEquals(0, keyset("create", "keys.json").exitCode());

    Run add = keyset("add", "keys.json");
    Run rotate = keyset("rotate", "keys.json");
    Run list = keyset("list", "keys.json");

    assertEquals(0, add.exitCode(), add.err());
    assertEquals(2, add.out().lines().count(), add.out());
    assertEquals(0, rotate.exitCode(), rotate.err());
    assertEquals(3, list.out().lines().count(), list.out());
    assertEquals(1, list.out().lines().filter(line -> line.endsWith("primary (seals and opens)")).count(), list.out());
  }

  @Test
  void aMissingFileIsOneLineAndExitCode1() throws Exception {
    for (String command : new String[] {"list", "add", "rotate"}) {
      Run run = keyset(command, "missing.json");

      assertEquals(1, run.exitCode(), command);
      assertEquals("keyset: no such file: missing.json\n", run.err(), command);
      assertEquals("", run.out(), command);
    }
  }

  @Test
  void badUsageIsOneLineAndExitCode2() throws Exception {
    Path existing = Files.writeString(dir.resolve("keys.json"), "{}");
    for (String[] args : new String[][] {{}, {"explode", "keys.json"}, {"promote", "keys.json"}, {"create", existing.toString()}}) {
      Run run = keyset(args);

      assertEquals(2, run.exitCode(), String.join(" ", args));
      assertOneLine(run.err());
    }
  }

  @Test
  void aFileThatIsNoKeysetOrCannotBeWrittenIsOneLineAndExitCode1() throws Exception {
    Files.writeString(dir.resolve("garbage.json"), "{\"primaryKeyId\": \"no\"");
    Files.writeString(dir.resolve("plain-file"), "not a folder");

    Run garbage = keyset("list", "garbage.json");
    Run unwritable = keyset("create", "plain-file/keys.json"); // unwritable even for root

    assertEquals(1, garbage.exitCode(), garbage.err());
    assertOneLine(garbage.err());
    assertEquals(1, unwritable.exitCode(), unwritable.err());
    assertOneLine(unwritable.err());
  }

  @Test
  void binKeysetRunsTheSameTool() throws Exception {
    Run run = run(List.of(Bundles.root().resolve("bin/keyset").toString(), "create", "keys.json"));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("\tENABLED\tprimary (seals and opens)\n"), run.out());
    assertTrue(Files.isRegularFile(dir.resolve("keys.json")));
  }

  private static void assertOneLine(String err) {
    assertTrue(err.startsWith("keyset: ") && err.endsWith("\n") && err.lines().count() == 1, "not one line: " + err);
    assertTrue(!err.contains("Exception") && !err.contains("\tat "), "a stack trace: " + err);
  }
}
