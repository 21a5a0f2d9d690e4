package io.xwindow.samples.memcookies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.serverkit.Timeouts;
import io.xwindow.testkit.Lane;
import io.xwindow.testkit.LocalPorts;
import io.xwindow.testkit.SlowClients;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo as {@code bench/memcookies-app PORT [--plain]} runs it: its main class in a fresh JVM
 * (the script only builds the classpath first). It serves, closes slow clients after the default
 * timeouts, and answers bad arguments and a port in use with one line and an exit code.
 */
class LoginAppCommandTest {
  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LoginApp.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Runs the command to its end: its exit code and what it wrote to standard error. */
  private static String run(String... args) throws Exception {
    Process process = start(args);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exits");
    return process.exitValue() + " " + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  @Tag(Lane.BUNDLE) // the demo serves memcookies.js from its jar
  void servesAndClosesHeadersThatNeverEndAfterTheDefaultTimeout() throws Exception {
    int port = LocalPorts.free();
    Process app = start(String.valueOf(port));
    try {
      LocalPorts.awaitOpen(port, app, Duration.ofSeconds(30));
      HttpResponse<String> whoami = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whoami")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(401, whoami.statusCode());

      try (SlowClients slow = SlowClients.open(new InetSocketAddress("127.0.0.1", port), "/login", 25)) {
        Duration parse = Timeouts.DEFAULT.requestParse();
        // headers that never end are closed after the request-parse timeout; the rest wait for the read timeout
        assertEquals(Map.of(SlowClients.Kind.SILENT, 25, SlowClients.Kind.SLOW_BODY, 25,
            SlowClients.Kind.SLOW_CHUNKED_BODY, 25), slow.stillOpenAfter(parse.plusSeconds(3)));
      }
    } finally {
      app.destroy();
      app.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Started as a user starts it, then serving a login through the middleware: what it prints, on
   * either stream, has no DEBUG line (Logback's level when nothing configures it). The test class
   * path is the script's without the test folders, where a {@code logback-test.xml} would hide the
   * executable's own configuration.
   */
  @Test
  @Tag(Lane.BUNDLE) // the demo serves memcookies.js from its jar
  void logsNothingBelowInfo() throws Exception {
    int port = LocalPorts.free();
    Path printed = Files.createTempFile("memcookies-app", ".log");
    String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, LoginApp.class.getName(), String.valueOf(port))
        .redirectErrorStream(true).redirectOutput(printed.toFile()).start();
    try {
      LocalPorts.awaitOpen(port, app, Duration.ofSeconds(30));
      HttpResponse<String> login = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login?user=ada"))
              .header("x-cookies", "{}").POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
    } finally {
      app.destroy();
      app.waitFor(10, TimeUnit.SECONDS);
    }
    String output = Files.readString(printed);
    Files.delete(printed);

    assertTrue(output.contains("memcookies demo on http://127.0.0.1:" + port + "/"), output);
    assertEquals(List.of(), output.lines().filter(line -> line.matches(".*\\bDEBUG\\b.*")).toList(), output);
  }

  @Test
  void answersBadArgumentsWithTheUsageAndExitCode2() throws Exception {
    for (String[] args : new String[][] {{}, {"http"}, {"8080", "--fancy"}, {"99999"}, {"1", "--plain", "x"}}) {
      assertEquals("2 usage: bench/memcookies-app PORT [--plain]\n", run(args), String.join(" ", args));
    }
  }

  @Test
  @Tag(Lane.BUNDLE) // the demo serves memcookies.js from its jar
  void answersAPortInUseWithOneLineAndExitCode1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String result = run(String.valueOf(taken.getLocalPort()));

      assertTrue(result.startsWith("1 memcookies demo: cannot listen on 127.0.0.1:" + taken.getLocalPort()), result);
      assertEquals(1, result.strip().lines().count(), result);
    }
  }
}
