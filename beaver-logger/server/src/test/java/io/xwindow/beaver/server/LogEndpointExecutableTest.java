package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The executable as a user runs it: a fresh process, its arguments, its output and exit code. */
class LogEndpointExecutableTest {
  private static final Path SCRIPT = Path.of("../../bench/log-endpoint").toAbsolutePath().normalize();

  /** The endpoint's main class in a fresh JVM, as {@code bench/log-endpoint} execs it. */
  private static Process main(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        LogEndpointMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).start();
  }

  private record Ended(int code, String out, String err) {}

  private static Ended run(Process process) throws Exception {
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running");
    return new Ended(process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private static void assertOneLine(String err) {
    assertEquals(1, err.strip().lines().count(), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    assertTrue(err.startsWith("log-endpoint: "), err);
  }

  @Test
  void badArgumentsGiveOneLineAndExitCode2() throws Exception {
    for (String[] args : new String[][] {{}, {"port"}, {"8080", "--unknown"}, {"8080", "--read-timeout", "soon"},
        {"8080", "--rate-per-minute"}, {"8080", "--allow-origin", "null"}}) {
      Ended ended = run(main(args));

      assertEquals(2, ended.code(), String.join(" ", args) + ": " + ended.err());
      assertOneLine(ended.err());
    }
  }

  @Test
  void theScriptChecksItsPortBeforeBuildingAnything() throws Exception {
    Ended ended = run(new ProcessBuilder(SCRIPT.toString()).start());

    assertEquals(2, ended.code(), ended.err());
    assertTrue(ended.err().startsWith("usage: bench/log-endpoint PORT"), ended.err());
    assertEquals(1, ended.err().strip().lines().count(), ended.err());
  }

  @Test
  void aPortInUseGivesOneLineAndExitCode1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Ended ended = run(main("" + taken.getLocalPort()));

      assertEquals(1, ended.code(), ended.err());
      assertOneLine(ended.err());
      assertTrue(ended.err().contains("port " + taken.getLocalPort() + " is in use"), ended.err());
    }
  }

  @Test
  void itServesLogsOneLinePerEventAndClosesIdleConnectionsAfterItsTimeout() throws Exception {
    Process process = main("0", "--no-request-timeout", "500ms");
    try {
      BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
      String first = err.readLine();
      Matcher started = Pattern.compile("log endpoint at (http://127\\.0\\.0\\.1:(\\d+)/api/log)").matcher(first);
      assertTrue(started.matches(), "the first line on standard error: " + first);
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(started.group(1))).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"events\":[{\"level\":\"warn\",\"event\":\"from_a_test\"}],\"meta\":{\"p\":1}}"))
              .timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());

      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String batchLine = out.readLine();
      String eventLine = out.readLine();
      assertTrue(batchLine.contains(" WARN  {\"batch\":\"") && batchLine.contains("\"client\":\"127.0.0.1\",\"meta\":{\"p\":1}"),
          batchLine);
      assertTrue(eventLine.contains(" WARN  {\"event\":\"from_a_test\",\"payload\":{},\"batch\":\""), eventLine);

      try (Socket idle = new Socket("127.0.0.1", Integer.parseInt(started.group(2)))) {
        idle.setSoTimeout(5_000);
        long opened = System.currentTimeMillis();
        assertEquals(-1, idle.getInputStream().read(), "closed by the server");
        assertTrue(System.currentTimeMillis() - opened < 4_000);
      }
    } finally {
      process.destroy();
      process.waitFor(20, TimeUnit.SECONDS);
    }
  }
}
