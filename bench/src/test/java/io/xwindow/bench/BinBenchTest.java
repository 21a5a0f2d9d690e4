package io.xwindow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xwindow.testkit.ProjectCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/bench} as a developer runs it, with a stand-in {@code mvn} first on the PATH that
 * notes its arguments: the benchmark records into RESULTS.md only with {@code --record}, and a
 * wrong argument is one line and exit code 2 before anything is built.
 */
class BinBenchTest {
  private static final String USAGE =
      "bin/bench [sizes|module-sizes|messaging|render|bytes|bytes-xcomponent|driver-sizes|side-sizes|memcookies|log-endpoint|log-output]"
          + " [--record] [-DNAME=VALUE]...";

  @TempDir Path dir;

  /** Runs bin/bench with the stand-in Maven; returns the result, and the Maven calls in {@code calls}. */
  private ProjectCommand.Result binBench(String... arguments) throws Exception {
    Path fakeMvn = dir.resolve("mvn");
    Files.writeString(fakeMvn, "#!/bin/sh\necho \"$*\" >> '" + dir.resolve("calls") + "'\n");
    Files.setPosixFilePermissions(fakeMvn, PosixFilePermissions.fromString("rwx------"));
    return ProjectCommand.run(Map.of("PATH", dir + ":" + System.getenv("PATH")), "bin/bench", arguments);
  }

  private List<String> calls() throws Exception {
    Path calls = dir.resolve("calls");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  @Test
  void withoutRecordTheBenchmarkIsToldToLeaveResultsAlone() throws Exception {
    assertEquals(0, binBench("sizes").exitCode());

    assertEquals(
        List.of("-B -ntp -q -DskipTests -Pbeaver-without-page-data install",
            "-B -ntp -q -pl bench exec:java@sizes -D" + ResultsFile.RECORD + "=false"),
        calls());
  }

  @Test
  void otherBenchmarksBuildWithoutTheLoggersSecondBundle() throws Exception {
    assertEquals(0, binBench("module-sizes").exitCode());

    assertEquals("-B -ntp -q -DskipTests install", calls().get(0));
  }

  @Test
  void sideSizesBuildsXcomponentWithEachSide() throws Exception {
    assertEquals(0, binBench("side-sizes").exitCode());

    assertEquals(
        List.of("-B -ntp -q -DskipTests -Pbundle-sides -pl xcomponent,bench -am install",
            "-B -ntp -q -pl bench exec:java@side-sizes -D" + ResultsFile.RECORD + "=false"),
        calls());
  }

  @Test
  void withRecordTheBenchmarkRecords() throws Exception {
    assertEquals(0, binBench("--record").exitCode());

    assertEquals(
        "-B -ntp -q -pl bench exec:java@sizes -D" + ResultsFile.RECORD + "=true", calls().get(1));
  }

  @Test
  void propertiesGoToTheBenchmark() throws Exception {
    assertEquals(0, binBench("log-output", "-Dbaseline=/tmp/other checkout").exitCode());

    assertEquals(
        "-B -ntp -q -pl bench exec:java@log-output -D" + ResultsFile.RECORD + "=false"
            + " -Dbaseline=/tmp/other checkout",
        calls().get(1));
  }

  @Test
  void anUnknownBenchmarkIsOneLineAndExitCodeTwo() throws Exception {
    assertEquals(
        new ProjectCommand.Result(2, "", "bin/bench: unknown benchmark or option 'sizez'; usage:"
            + " " + USAGE + "\n"),
        binBench("sizez"));
    assertEquals(List.of(), calls(), "nothing built");
  }

  @Test
  void twoBenchmarksAtOnceAreRefused() throws Exception {
    ProjectCommand.Result run = binBench("sizes", "render", "--record");

    assertEquals(2, run.exitCode());
    assertEquals("bin/bench: one benchmark at a time (sizes and render); usage: " + USAGE + "\n",
        run.stderr());
    assertEquals(List.of(), calls(), "nothing built");
  }
}
