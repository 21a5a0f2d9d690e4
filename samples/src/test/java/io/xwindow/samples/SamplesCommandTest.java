package io.xwindow.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The samples as {@code bin/samples} starts them (after its build): the main class in a fresh JVM,
 * ports from system properties. A port in use or a port property that is not a port is one line
 * on standard error that names it, with exit code 1 or 2, and no stack trace.
 */
class SamplesCommandTest {
  private record Run(int exit, String stderr) {}

  private static Run run(String... properties) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(properties));
    command.add(SamplesServer.class.getName());
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running: " + properties);
    }
    return new Run(process.exitValue(), stderr);
  }

  private static void saysOneLine(Run run, int exit, String said) {
    assertEquals(exit, run.exit(), run.stderr());
    assertEquals(1, run.stderr().strip().lines().count(), run.stderr());
    assertTrue(run.stderr().startsWith("samples: " + said), run.stderr());
    assertFalse(run.stderr().contains("Exception"), run.stderr());
  }

  @Test
  void aParentPortInUseIsNamedWithItsProperty() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Run run = run("-Dparent.port=" + port, "-Dchild.port=0", "-Dmemcookies.port=0");

      saysOneLine(run, 1, "port " + port + " is in use (the parent site); choose another with -Dparent.port=PORT");
    }
  }

  @Test
  void aChildPortInUseIsNamedWithItsProperty() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Run run = run("-Dparent.port=0", "-Dchild.port=" + port, "-Dmemcookies.port=0");

      saysOneLine(run, 1, "port " + port + " is in use (the child site); choose another with -Dchild.port=PORT");
    }
  }

  @Test
  @Tag(Lane.BUNDLE) // the memcookies demo serves memcookies.js from the server module's jar
  void theThirdPortInUseIsNamedWithItsProperty() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Run run = run("-Dparent.port=0", "-Dchild.port=0", "-Dmemcookies.port=" + port);

      saysOneLine(run, 1, "port " + port + " is in use (the memcookies demo); choose another with -Dmemcookies.port=PORT");
    }
  }

  @Test
  @Tag(Lane.BUNDLE) // all three sites start, and the memcookies demo serves memcookies.js from the server module's jar
  void startsWithItsURLsAndNoDebugLogging() throws Exception {
    // The classpath bin/samples runs with: without the test classes, whose logback-test.xml would
    // hide Logback's default (DEBUG on standard output).
    String classpath = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        "-Dparent.port=0", "-Dchild.port=0", "-Dmemcookies.port=0", SamplesServer.class.getName())
        .redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (java.io.BufferedReader out = new java.io.BufferedReader(
        new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        if (line.startsWith("Press Ctrl+C")) {
          break;
        }
      }
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    assertEquals("xwindow samples are running:", lines.get(0), String.join("\n", lines));
    assertEquals(5, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("  parent site: http://"), String.join("\n", lines));
  }

  @Test
  void aPortPropertyThatIsNotAPortIsExitCode2() throws Exception {
    saysOneLine(run("-Dchild.port=eight"), 2, "-Dchild.port needs a port (0 to 65535), not 'eight'");
    saysOneLine(run("-Dmemcookies.port=70000"), 2, "-Dmemcookies.port needs a port (0 to 65535), not '70000'");
  }
}
