package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The executable as a user runs it, in a fresh JVM: a wrong argument is one line on standard
 * error, exit code 2, and no stack trace.
 */
class LogEndpointMainTest {
  private record Run(int exit, String stderr) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        LogEndpointMain.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running: " + String.join(" ", args));
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
}
