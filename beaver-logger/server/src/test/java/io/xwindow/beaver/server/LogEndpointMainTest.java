package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The executable as a user runs it, in a fresh JVM: a wrong argument is one line on standard
 * error, exit code 2, and no stack trace; a port in use is one line and exit code 1; it serves,
 * writes only log lines on standard output, and closes idle connections after its timeout.
 */
class LogEndpointMainTest {
  private static final Path SCRIPT = Path.of("../../bench/log-endpoint").toAbsolutePath().normalize();

  private record Run(int exit, String stderr) {}

  /** The endpoint's main class in a fresh JVM, as {@code bench/log-endpoint} execs it. */
  private static Process start(String... args) throws IOException {
    return command(args).start();
  }

  private static ProcessBuilder command(String... args) {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        LogEndpointMain.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    return ended(command(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), String.join(" ", args));
  }

  private static Run ended(Process process, String what) throws IOException, InterruptedException {
    process.getOutputStream().close();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running: " + what);
    }
    return new Run(process.exitValue(), stderr);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--redis not-a-uri | not a Redis URI: not-a-uri",
        "--redis redis://127.0.0.1:notaport | not a Redis URI: redis://127.0.0.1:notaport",
        "--redis http://127.0.0.1:6379 | not a Redis URI: http://127.0.0.1:6379",
        "--redis redis://127.0.0.1:99999 | not a Redis URI: redis://127.0.0.1:99999",
        "--redis | --redis needs a value",
        "--rate-per-minute many | --rate-per-minute needs a positive whole number: many",
        "--bytes-per-minute -5 | --bytes-per-minute needs a positive whole number: -5",
        "--bytes-per-minute 1000000000000 | a rate can be at most one byte (and one request) a nanosecond",
        "--colour blue | unknown option: --colour",
        "--read-timeout soon | --read-timeout needs a duration such as 500ms, 10s or 2m, not 'soon'",
        "--allow-origin null | --allow-origin: not an origin that can be allowed: null",
        "--public-origin https://logs.example/path | --public-origin: not an origin (scheme://host[:port])",
      })
  void aWrongArgumentIsOneLineAndExitCodeTwo(String arguments, String said) throws Exception {
    List<String> args = new ArrayList<>(List.of("0"));
    args.addAll(List.of(arguments.split(" ")));

    Run run = run(args.toArray(String[]::new));

    assertEquals(2, run.exit(), run.stderr());
    assertEquals(1, run.stderr().lines().count(), run.stderr());
    assertTrue(run.stderr().startsWith("log-endpoint: " + said), run.stderr());
    assertTrue(!run.stderr().contains("Exception"), run.stderr());
  }

  @Test
  void noPortOrABadOneIsOneLineAndExitCodeTwo() throws Exception {
    for (String[] args : new String[][] {{}, {"port"}, {"70000"}}) {
      Run run = run(args);

      assertEquals(2, run.exit(), run.stderr());
      assertEquals(1, run.stderr().lines().count(), run.stderr());
      assertTrue(run.stderr().startsWith("log-endpoint: "), run.stderr());
    }
  }

  @Test
  void theScriptChecksItsPortBeforeBuildingAnything() throws Exception {
    Run ended = ended(new ProcessBuilder(SCRIPT.toString()).start(), SCRIPT.toString());

    assertEquals(2, ended.exit(), ended.stderr());
    assertTrue(ended.stderr().startsWith("usage: bench/log-endpoint PORT"), ended.stderr());
    assertEquals(1, ended.stderr().strip().lines().count(), ended.stderr());
  }

  @Test
  void aPortInUseGivesOneLineAndExitCode1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run ended = run("" + taken.getLocalPort());

      assertEquals(1, ended.exit(), ended.stderr());
      assertEquals(1, ended.stderr().strip().lines().count(), ended.stderr());
      assertTrue(ended.stderr().startsWith("log-endpoint: "), ended.stderr());
      assertTrue(ended.stderr().contains("port " + taken.getLocalPort() + " is in use"), ended.stderr());
    }
  }

  @Test
  void itServesLogsOneLinePerEventAndClosesIdleConnectionsAfterItsTimeout() throws Exception {
    Process process = start("0", "--no-request-timeout", "500ms");
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
