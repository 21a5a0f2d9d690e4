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
  /**
   * A member of an {@code x-cookies} answer: the names (tokens) sealed together, joined by spaces,
   * and their sealed value (Base64url), or {@code null} to forget them.
   */
  private static final Pattern SEALED = Pattern.compile("\"([^\"]+)\":(?:\"([A-Za-z0-9_-]+)\"|null)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: ([0-9]+)");
  private static final int PASSES = 5;
  private static final String SECONDS = "10";
  private static final String CONNECTIONS = "16";
  /**
   * With {@code -Dsplit=true}: the applications on the first CPU and wrk (one thread) on the
   * second, so that what the client spends on a longer header is not taken from the server, as
   * where the client is another machine. Without: both share both CPUs.
   */
  private static final boolean SPLIT = Boolean.getBoolean("split");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MemCookiesBench() {}

  /** One load: a name, a path, a method, and how a logged-in client sends its session. */
  private record Load(String name, String method, String path) {}

  private static final List<Load> LOADS = List.of(
      new Load("`GET /whoami` with a jar of 10 cookies", "GET", "/whoami"),
      new Load("`POST /login` (2 cookies set, jar of 10 sent)", "POST", "/login?user=bench"));

  /** How each application is run and called: plain, plain with the sealed header sent too, middleware. */
  private enum Mode {
    PLAIN("plain"), PLAIN_WITH_HEADER("plain + x-cookies bytes"), MIDDLEWARE("memcookies");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  /** The 8 settings the client sets besides its session, for a jar of 10 cookies. */
  private static final String PREFS =
      "/prefs?theme=dark&lang=en-GB&currency=EUR&tz=Europe.Paris&consent=analytics.ads&ab=checkout-b&recent=sku-1234.sku-5678&font=large";

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
      Map<Mode, Integer> ports = Map.of(Mode.PLAIN, plainPort, Mode.PLAIN_WITH_HEADER, plainPort,
          Mode.MIDDLEWARE, middlewarePort);
      // A fresh login before each run: the demo keeps at most 100,000 sessions, and a run of
      // logins pushes older ones out.
      for (Load load : LOADS) {
        for (Mode mode : Mode.values()) {
          wrk(root, load, ports.get(mode), session(ports, mode), "5"); // warm-up, not counted
        }
      }
      for (int pass = 0; pass < PASSES; pass++) {
        for (Load load : LOADS) {
          for (Mode mode : Mode.values()) {
            double[] result = wrk(root, load, ports.get(mode), session(ports, mode), SECONDS);
            System.out.printf(Locale.ROOT, "pass %d, %s, %s: %.0f req/s, %.2f ms%n",
                pass + 1, load.name, mode.label, result[0], result[1]);
            rates.computeIfAbsent(load.name + "|" + mode, k -> new double[PASSES])[pass] = result[0];
            latencies.computeIfAbsent(load.name + "|" + mode, k -> new double[PASSES])[pass] = result[1];
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
        .collect(Collectors.toMap(r -> r.getParams().getBenchmark().replaceAll(".*\\.", "") + "|"
            + r.getParams().getParam("cacheSize"), r -> r));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Process app(Path root, int port, boolean plain) throws IOException {
    List<String> command = new ArrayList<>(SPLIT ? List.of("taskset", "-c", "0") : List.of());
    command.addAll(List.of(root.resolve("bench/memcookies-app").toString(), String.valueOf(port)));
    if (plain) {
      command.add("--plain");
    }
    Path log = Files.createTempFile("memcookies-app-", ".log");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /**
   * Logs in, sets the 8 settings and asks who it is, as a page would, sending its jar each time
   * and keeping what each answer changes, as a browser (plain) or memcookies.js (middleware) does;
   * returns the headers that carry the jar of 10 cookies after those three calls: {@code Cookie}
   * (plain), {@code x-cookies} (middleware), or both (plain, with the sealed header's bytes sent
   * too, which the plain application ignores). Through the middleware, the third answer seals
   * again as one the jar the first two left in two sealed values, as it does for any client.
   */
  private static List<String> session(Map<Mode, Integer> ports, Mode mode) throws Exception {
    if (mode == Mode.PLAIN_WITH_HEADER) {
      List<String> both = new ArrayList<>(session(ports, Mode.PLAIN));
      both.addAll(session(ports, Mode.MIDDLEWARE).subList(0, 1));
      return both;
    }
    boolean plain = mode == Mode.PLAIN;
    String base = "http://127.0.0.1:" + ports.get(mode);
    long deadline = System.nanoTime() + 600_000_000_000L; // the first start may build the demo
    while (true) {
      try {
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/whoami")).build(), HttpResponse.BodyHandlers.discarding());
        break;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IOException("bench/memcookies-app did not start on " + ports.get(mode), e);
        }
        Thread.sleep(200);
      }
    }
    Map<String, String> jar = new LinkedHashMap<>(); // name -> value, or name -> sealed value
    for (String path : List.of("/login?user=bench", PREFS, "/whoami")) {
      HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(base + path));
      if (!path.equals("/whoami")) {
        call.POST(HttpRequest.BodyPublishers.noBody());
      }
      if (!jar.isEmpty() || !plain) {
        call.header(plain ? "Cookie" : "x-cookies", plain ? cookieHeader(jar) : jarHeader(jar));
      }
      HttpResponse<String> response = HTTP.send(call.build(), HttpResponse.BodyHandlers.ofString());
      if (plain) {
        for (String line : response.headers().allValues("set-cookie")) {
          String pair = line.substring(0, line.indexOf(';'));
          jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
      } else {
        Matcher sealed = SEALED.matcher(response.headers().firstValue("x-cookies").orElseThrow());
        while (sealed.find()) { // as memcookies.js merges an answer: each name to its value, null forgets it
          for (String name : sealed.group(1).split(" ")) {
            if (sealed.group(2) == null) {
              jar.remove(name);
            } else {
              jar.put(name, sealed.group(2));
            }
          }
        }
      }
    }
    if (jar.size() != 10) {
      throw new IllegalStateException("a jar of " + jar.size() + " cookies, not 10: " + jar.keySet());
    }
    String header = plain ? "Cookie: " + cookieHeader(jar) : "x-cookies: " + jarHeader(jar);
    HEADER_CHARS.put(mode, header.length());
    return List.of(header);
  }

  private static String cookieHeader(Map<String, String> jar) {
    return jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
  }

  /** What memcookies.js sends: each sealed value once, with its names joined by spaces. */
  private static String jarHeader(Map<String, String> jar) {
    Map<String, String> byValue = new LinkedHashMap<>();
    jar.forEach((name, value) -> byValue.merge(value, name, (names, more) -> names + " " + more));
    return byValue.entrySet().stream().map(m -> "\"" + m.getValue() + "\":\"" + m.getKey() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** The length of the header line that carries the jar, as sent, by mode (plain, middleware). */
  private static final Map<Mode, Integer> HEADER_CHARS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Requests per second and mean latency in ms of one wrk run. */
  private static double[] wrk(Path root, Load load, int port, List<String> session, String seconds) throws Exception {
    Path script = Files.createTempFile("wrk-", ".lua");
    Files.writeString(script, "wrk.method = \"" + load.method + "\"\n");
    try {
      List<String> command = new ArrayList<>(SPLIT ? List.of("taskset", "-c", "1", "wrk", "-t1") : List.of("wrk", "-t2"));
      command.addAll(List.of("-c" + CONNECTIONS, "-d" + seconds + "s", "-s", script.toString()));
      for (String header : session) {
        command.addAll(List.of("-H", header));
      }
      command.add("http://127.0.0.1:" + port + load.path);
      String output = Command.run(root, command.toArray(String[]::new));
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
    double micros = cost.get("tenInTwoSet|0").getPrimaryResult().getScore();
    double error = cost.get("tenInTwoSet|0").getPrimaryResult().getScoreError();
    double warm = cost.get("tenInTwoSet|10000").getPrimaryResult().getScore();
    double warmError = cost.get("tenInTwoSet|10000").getPrimaryResult().getScoreError();
    StringBuilder out = new StringBuilder("## memcookies middleware\n\n");
    out.append(String.format(Locale.ROOT, "Measured %s on %s, Java %s, %s; %s at the start, %s at the end.%n%n",
        LocalDate.now(), Machine.describe(root), System.getProperty("java.version"),
        wrkVersion(), started, Machine.loadAverage()));
    out.append(String.format(Locale.ROOT,
        "**Cost per request** (JMH 1.37, 1 fork, 3 × 2 s warm-up, 5 × 2 s measured, one thread): the middleware's own work"
            + " with 10 cookies in and 2 set (parse the header, open the 10 cookies, sealed together in one AES-256-GCM"
            + " value, render the Cookie header, seal the 2 set in one value, write the answer): **%.2f ± %.2f µs**"
            + " when every value is decrypted (a jar never seen"
            + " before, the worst case); %.2f ± %.2f µs when the jar was opened before (the cache of opened values,"
            + " a session's next request); goal at most 20 µs: **%s**."
            + " (memcookies 1.0.2 cannot open a jar as published; with its bug fixed it costs about 228 µs in Node,"
            + " as measured before this benchmark existed, not re-measured here.)"
            + " Its parts, measured alone: the request half (parse, open the 10, render the Cookie header) %.2f µs"
            + " decrypting every value, %.2f µs from the cache; the response half (seal the 2 cookies set with"
            + " Tink, write the answer) %.2f µs.%n%n",
        micros, error, warm, warmError, micros <= 20 ? "met" : "not met",
        cost.get("openTen|0").getPrimaryResult().getScore(), cost.get("openTen|10000").getPrimaryResult().getScore(),
        cost.get("sealTwo|10000").getPrimaryResult().getScore()));
    out.append("**Throughput** of the demo application (`bench/memcookies-app PORT` against `--plain`, both on this"
        + " machine, wrk " + "-t2 -c" + CONNECTIONS + " -d" + SECONDS + "s per run, after a 5 s warm-up per load;"
        + " " + PASSES + " passes, each running the loads in turn on the plain application, on the plain application"
        + " with the sealed `x-cookies` header sent too (which it ignores: the cost of the header's bytes alone), and"
        + " through the middleware; medians of the passes, and each pass's ratio). Each client has a jar of 10"
        + " cookies (its session's `sid` and `csrf`, and 8 settings set with `POST /prefs`), as a client holds it"
        + " after one more request (`GET /whoami`), each answer merged into its jar: the `Cookie` header to"
        + " the plain app, the sealed `x-cookies` header through the middleware (the two sealed values of the login and"
        + " the settings sealed again as one by that third answer; the same jar on every request, so it"
        + " is answered from the cache of opened jars after the first). wrk and the server share the 2 CPUs."
        + " The jar's header line is " + HEADER_CHARS.get(Mode.MIDDLEWARE) + " characters as `x-cookies` against "
        + HEADER_CHARS.get(Mode.PLAIN) + " as `Cookie`; Undertow reads a header value a byte at a time.\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Load", "plain req/s", "plain ms", "+ header bytes req/s", "memcookies req/s",
        "memcookies ms", "ratio", "ratio per pass", "header bytes alone"});
    boolean allMet = true;
    for (Load load : LOADS) {
      double[] plain = rates.get(load.name + "|" + Mode.PLAIN);
      double[] bytes = rates.get(load.name + "|" + Mode.PLAIN_WITH_HEADER);
      double[] through = rates.get(load.name + "|" + Mode.MIDDLEWARE);
      double[] ratios = new double[PASSES];
      double[] bytesRatios = new double[PASSES];
      for (int pass = 0; pass < PASSES; pass++) {
        ratios[pass] = through[pass] / plain[pass];
        bytesRatios[pass] = bytes[pass] / plain[pass];
        allMet &= ratios[pass] >= 0.9;
      }
      rows.add(new String[] {load.name,
          String.format(Locale.ROOT, "%,.0f", median(plain)),
          String.format(Locale.ROOT, "%.2f", median(latencies.get(load.name + "|" + Mode.PLAIN))),
          String.format(Locale.ROOT, "%,.0f", median(bytes)),
          String.format(Locale.ROOT, "%,.0f", median(through)),
          String.format(Locale.ROOT, "%.2f", median(latencies.get(load.name + "|" + Mode.MIDDLEWARE))),
          String.format(Locale.ROOT, "%.2f×", median(ratios)),
          java.util.Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r))
              .collect(Collectors.joining(" ")),
          String.format(Locale.ROOT, "%.2f×", median(bytesRatios))});
    }
    out.append(MarkdownTable.format(rows, java.util.Set.of(0, 7)));
    out.append(String.format(Locale.ROOT, "%n- Goal: at least 0.90× the plain application's throughput in every pass: **%s**."
        + " (memcookies 1.0.2 under Express: 0.42×, as measured before this benchmark existed, not re-measured here: its crypto helper needs"
        + " Node's removed `crypto.createCipher`.)%n", allMet ? "met" : "not met"));
    out.append("\nRegenerate with `bin/bench memcookies --record` (needs wrk: `bin/setup-wrk`).\n");
    return out.toString();
  }
}
