package io.xwindow.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The memcookies benchmarks: the middleware's own cost per request with JMH ({@link
 * MemCookiesCost}), and the demo application's throughput with and without the middleware under
 * the same wrk load, each started with {@code bench/memcookies-app PORT [--plain]}. Writes its
 * section ({@value #SECTION}) of {@code bench/RESULTS.md}, when asked to record.
 *
 * <p>Run it with {@code bin/bench memcookies}; wrk comes from {@code bin/setup-wrk}.
 */
public final class MemCookiesBench {
  static final String SECTION = "memcookies";
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern LATENCY = Pattern.compile("Latency\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
  private static final int PASSES = 3;
  private static final String SECONDS = "10";
  private static final String CONNECTIONS = "16";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MemCookiesBench() {}

  /** One load: a name, a path, a method, and how a logged-in client sends its session. */
  private record Load(String name, String method, String path) {}

  private static final List<Load> LOADS = List.of(
      new Load("`GET /whoami` with a session (2 cookies in)", "GET", "/whoami"),
      new Load("`POST /login` (2 cookies set, session sent)", "POST", "/login?user=bench"));

  public static void main(String[] args) throws Exception {
    Path root = ProjectRoot.find();
    String started = "load average " + Machine.loadAverage();
    Map<String, RunResult> cost = jmh();
    Map<String, double[]> rates = new LinkedHashMap<>(); // "load|mode" -> requests/s per pass
    Map<String, double[]> latencies = new LinkedHashMap<>();
    int plainPort = freePort();
    int middlewarePort = freePort();
    Process plain = app(root, plainPort, true);
    Process middleware = app(root, middlewarePort, false);
    try {
      Map<Boolean, Integer> ports = Map.of(true, plainPort, false, middlewarePort);
      // A fresh login before each run: the demo keeps at most 100,000 sessions, and a run of
      // logins pushes older ones out.
      for (Load load : LOADS) {
        for (boolean isPlain : new boolean[] {true, false}) {
          wrk(root, load, ports.get(isPlain), session(ports.get(isPlain), isPlain), "5"); // warm-up, not counted
        }
      }
      for (int pass = 0; pass < PASSES; pass++) {
        for (Load load : LOADS) {
          for (boolean isPlain : new boolean[] {true, false}) {
            double[] result = wrk(root, load, ports.get(isPlain), session(ports.get(isPlain), isPlain), SECONDS);
            System.out.printf(Locale.ROOT, "pass %d, %s, %s: %.0f req/s, %.2f ms%n",
                pass + 1, load.name, isPlain ? "plain" : "memcookies", result[0], result[1]);
            rates.computeIfAbsent(load.name + "|" + isPlain, k -> new double[PASSES])[pass] = result[0];
            latencies.computeIfAbsent(load.name + "|" + isPlain, k -> new double[PASSES])[pass] = result[1];
          }
        }
      }
    } finally {
      plain.destroy();
      middleware.destroy();
    }
    String section = report(root, cost, rates, latencies, started);
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** The JMH results by cache size ("0", "10000"). */
  private static Map<String, RunResult> jmh() throws Exception {
    // A forked JMH JVM gets java.class.path; under exec:java that is Maven's, so give it ours.
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        entries.add(new File(url.toURI()).getPath());
      }
      System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }
    return new Runner(new OptionsBuilder()
        .include(MemCookiesCost.class.getName())
        .forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(5).measurementTime(TimeValue.seconds(2))
        .build()).run().stream()
        .collect(Collectors.toMap(r -> r.getParams().getParam("cacheSize"), r -> r));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Process app(Path root, int port, boolean plain) throws IOException {
    List<String> command = new ArrayList<>(List.of(root.resolve("bench/memcookies-app").toString(), String.valueOf(port)));
    if (plain) {
      command.add("--plain");
    }
    Path log = Files.createTempFile("memcookies-app-", ".log");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Logs in; returns the header line that carries the session: Cookie (plain) or x-cookies. */
  private static String session(int port, boolean plain) throws Exception {
    String base = "http://127.0.0.1:" + port;
    long deadline = System.nanoTime() + 600_000_000_000L; // the first start may build the demo
    while (true) {
      try {
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/whoami")).build(), HttpResponse.BodyHandlers.discarding());
        break;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("bench/memcookies-app did not start on " + port, e);
        }
        Thread.sleep(200);
      }
    }
    HttpRequest.Builder login = HttpRequest.newBuilder(URI.create(base + "/login?user=bench"))
        .POST(HttpRequest.BodyPublishers.noBody());
    if (!plain) {
      login.header("x-cookies", "{}");
    }
    HttpResponse<String> response = HTTP.send(login.build(), HttpResponse.BodyHandlers.ofString());
    if (plain) {
      return "Cookie: " + response.headers().allValues("set-cookie").stream()
          .map(line -> line.substring(0, line.indexOf(';'))).collect(Collectors.joining("; "));
    }
    return "x-cookies: " + response.headers().firstValue("x-cookies").orElseThrow();
  }

  /** Requests per second and mean latency in ms of one wrk run. */
  private static double[] wrk(Path root, Load load, int port, String session, String seconds) throws Exception {
    Path script = Files.createTempFile("wrk-", ".lua");
    Files.writeString(script, "wrk.method = \"" + load.method + "\"\n");
    try {
      String output = Command.run(root, "wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "-s", script.toString(),
          "-H", session, "http://127.0.0.1:" + port + load.path);
      Matcher non2xx = NON_2XX.matcher(output);
      if (non2xx.find() && load.method.equals("GET")) {
        throw new IllegalStateException("the session did not hold: " + non2xx.group());
      }
      Matcher rate = RATE.matcher(output);
      Matcher latency = LATENCY.matcher(output);
      if (!rate.find() || !latency.find()) {
        throw new IOException("unexpected wrk output:\n" + output);
      }
      double ms = Double.parseDouble(latency.group(1))
          * switch (latency.group(2)) { case "us" -> 0.001; case "s" -> 1000; default -> 1; };
      return new double[] {Double.parseDouble(rate.group(1)), ms};
    } finally {
      Files.delete(script);
    }
  }

  /** E.g. {@code wrk debian/4.1.0-3+b2}; wrk prints its version with its usage and exits with 1. */
  static String wrkVersion() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    process.waitFor();
    return output.lines().findFirst().orElse("wrk").replaceAll(" \\[.*", "");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String report(Path root, Map<String, RunResult> cost, Map<String, double[]> rates,
      Map<String, double[]> latencies, String started) throws Exception {
    double micros = cost.get("0").getPrimaryResult().getScore();
    double error = cost.get("0").getPrimaryResult().getScoreError();
    double warm = cost.get("10000").getPrimaryResult().getScore();
    double warmError = cost.get("10000").getPrimaryResult().getScoreError();
    StringBuilder out = new StringBuilder("## memcookies middleware\n\n");
    out.append(String.format(Locale.ROOT, "Measured %s on %s, Java %s, %s; %s at the start, %s at the end.%n%n",
        LocalDate.now(), Machine.describe(root), System.getProperty("java.version"),
        wrkVersion(), started, Machine.loadAverage()));
    out.append(String.format(Locale.ROOT,
        "**Cost per request** (JMH 1.37, 1 fork, 3 × 2 s warm-up, 5 × 2 s measured, one thread): the middleware's own work"
            + " with 10 cookies in and 2 set (parse the header, open 10 AES-256-GCM values, render the Cookie header,"
            + " seal 2, write the answer): **%.2f ± %.2f µs** when every value is decrypted (a jar never seen"
            + " before, the worst case); %.2f ± %.2f µs when the jar was opened before (the cache of opened values,"
            + " a session's next request); goal at most 20 µs: **%s**."
            + " (memcookies 1.0.2 cannot open a jar as published; with its bug fixed it costs about 228 µs in Node,"
            + " as measured before this benchmark existed, not re-measured here.)%n%n",
        micros, error, warm, warmError, micros <= 20 ? "met" : "not met"));
    out.append("**Throughput** of the demo application (`bench/memcookies-app PORT` against `--plain`, both on this"
        + " machine, wrk " + "-t2 -c" + CONNECTIONS + " -d" + SECONDS + "s per run, after a 5 s warm-up per load;"
        + " " + PASSES + " passes alternating the two; median of the passes). Each client sends its session:"
        + " the `Cookie` header to the plain app, the sealed `x-cookies` header through the middleware (the same"
        + " jar on every request, so its values come from the cache of opened values after the first)."
        + " wrk and the server share the 2 CPUs.\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Load", "plain req/s", "plain ms", "memcookies req/s", "memcookies ms", "ratio"});
    boolean allMet = true;
    for (Load load : LOADS) {
      double plain = median(rates.get(load.name + "|true"));
      double through = median(rates.get(load.name + "|false"));
      allMet &= through / plain >= 0.9;
      rows.add(new String[] {load.name,
          String.format(Locale.ROOT, "%,.0f", plain),
          String.format(Locale.ROOT, "%.2f", median(latencies.get(load.name + "|true"))),
          String.format(Locale.ROOT, "%,.0f", through),
          String.format(Locale.ROOT, "%.2f", median(latencies.get(load.name + "|false"))),
          String.format(Locale.ROOT, "%.2f×", through / plain)});
    }
    out.append(MarkdownTable.format(rows, java.util.Set.of(0)));
    out.append(String.format(Locale.ROOT, "%n- Goal: at least 0.90× the plain application's throughput: **%s**."
        + " (memcookies 1.0.2 under Express: 0.42×, as measured before this benchmark existed, not re-measured here: its crypto helper needs"
        + " Node's removed `crypto.createCipher`.)%n", allMet ? "met" : "not met"));
    out.append("\nRegenerate with `bin/bench memcookies --record` (needs wrk: `bin/setup-wrk`).\n");
    return out.toString();
  }
}
