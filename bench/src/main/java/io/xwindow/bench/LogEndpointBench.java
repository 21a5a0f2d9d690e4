package io.xwindow.bench;

import io.xwindow.testkit.BeaverExpressEndpoint;
import io.xwindow.testkit.LocalPorts;
import io.xwindow.testkit.RedisServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Events per second with batches of 50, and latency, of our log endpoint ({@code
 * bench/log-endpoint}, its default sink) and of beaver-logger's own Express endpoints (their
 * default console logger, behind {@code express.json()}), both writing to {@code /dev/null}, in one
 * run with the same load generator (wrk) and settings; then ours in fleet mode (rate limit and a
 * new batch id in every request, decided in a real redis-server) against the same with them kept in
 * memory. Writes, when asked to record, the log-endpoint section of bench/RESULTS.md.
 */
public final class LogEndpointBench {
  static final String SECTION = "log-endpoint";
  static final int EVENTS_PER_BATCH = 50;
  static final String CONNECTIONS = "50";
  static final String WARM_UP = "5s";
  static final String DURATION = "15s";
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0);
  /** A rate no run reaches, so that every request is limited (counted) but none refused. */
  static final String[] UNREACHED_RATE = {"--rate-per-minute", "1000000000", "--bytes-per-minute", "50000000000"};
  static final double FLEET_GOAL = 0.8;

  private LogEndpointBench() {}

  /** One endpoint's figures, from wrk's report. */
  record Figures(String name, double requestsPerSecond, String p50, String p99, long non2xx) {
    double eventsPerSecond() {
      return requestsPerSecond * EVENTS_PER_BATCH;
    }
  }

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path root = ProjectRoot.find();
    System.setProperty("xwindow.root", root.toString());
    Path work = Files.createDirectories(root.resolve("target/bench-log-endpoint"));
    Path script = work.resolve("batch-of-50.lua");
    Files.writeString(script, luaScript());
    Path devNull = Path.of("/dev/null");
    String load = "load average " + Machine.loadAverage() + " at the start";

    List<Figures> results = new ArrayList<>();
    try (BeaverExpressEndpoint beaver4 = BeaverExpressEndpoint.consoleTo("beaver-logger@4.0.36", devNull)) {
      results.add(measure(root, "beaver-logger 4.0.36 Express endpoint (Node)", beaver4.url(), script));
    }
    results.add(measureOurs(root, "xwindow `bench/log-endpoint` (Undertow, Logback)", script, "--no-rate-limit"));
    try (BeaverExpressEndpoint beaver5 = BeaverExpressEndpoint.consoleTo("@krakenjs/beaver-logger@5.8.1", devNull)) {
      results.add(measure(root, "@krakenjs/beaver-logger 5.8.1 Express endpoint (Node)", beaver5.url(), script));
    }

    Path withIds = work.resolve("batch-of-50-with-id.lua");
    Files.writeString(withIds, luaScriptWithBatchIds());
    List<Figures> fleet = new ArrayList<>();
    fleet.add(measureOurs(root, "rate limit and batch ids in memory", withIds, UNREACHED_RATE));
    try (RedisServer redis = new RedisServer()) {
      List<String> options = new ArrayList<>(List.of(UNREACHED_RATE));
      options.addAll(List.of("--redis", redis.uri()));
      fleet.add(measureOurs(root, "rate limit and batch ids in Redis (fleet mode)", withIds, options.toArray(String[]::new)));
    }
    load += ", " + Machine.loadAverage() + " at the end";

    String section = section(root, results, load) + "\n" + fleetSection(fleet, redisVersion(root));
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** Starts {@code bench/log-endpoint} with {@code options} on a free port, measures it, stops it. */
  private static Figures measureOurs(Path root, String name, Path script, String... options)
      throws IOException, InterruptedException {
    int port = LocalPorts.free();
    List<String> command = new ArrayList<>(List.of(root.resolve("bench/log-endpoint").toString(), "" + port));
    command.addAll(List.of(options));
    Process ours =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      LocalPorts.awaitOpen(port, ours, Duration.ofSeconds(120)); // it may build first
      return measure(root, name, "http://127.0.0.1:" + port + "/api/log", script);
    } finally {
      ours.destroy();
      ours.waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** The fleet-mode table: the same endpoint deciding in memory, then in Redis. */
  static String fleetSection(List<Figures> fleet, String redisVersion) {
    Figures memory = fleet.get(0);
    Figures redis = fleet.get(1);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"`bench/log-endpoint`", "batches/s", "events/s", "p50", "p99", "non-2xx", "× in memory"});
    for (Figures f : fleet) {
      rows.add(new String[] {f.name(), String.format(Locale.ROOT, "%,.0f", f.requestsPerSecond()),
          String.format(Locale.ROOT, "%,.0f", f.eventsPerSecond()), f.p50(), f.p99(), "" + f.non2xx(),
          String.format(Locale.ROOT, "%.2f×", f.eventsPerSecond() / memory.eventsPerSecond())});
    }
    double ratio = redis.eventsPerSecond() / memory.eventsPerSecond();
    return "### Fleet mode: rate limit and batch ids in Redis\n\n"
        + "Method: as above (same run, same wrk settings), but every request carries a new `meta.batchId` (made by "
        + "the wrk script) and the endpoint runs with a per-client rate no request reaches (`"
        + String.join(" ", UNREACHED_RATE) + "`), so each request is counted against its client's requests and bytes "
        + "and its batch id is claimed: first in the endpoint's memory, then with `--redis` on a " + redisVersion
        + " started for the run on loopback (no persistence), on the same 2 cores.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n\n"
        + String.format(Locale.ROOT, "Goal: in Redis, at least %.1f× the events/s in memory: **%.3f×, %s**.%n",
            FLEET_GOAL, ratio, ratio >= FLEET_GOAL ? "met" : "missed");
  }

  /** e.g. {@code redis-server 7.0.15}. */
  private static String redisVersion(Path root) throws IOException, InterruptedException {
    String line = Command.firstLine(root, "redis-server", "--version");
    int at = line.indexOf(" v=");
    return at < 0 ? "redis-server" : "redis-server " + line.substring(at + 3).split("\\s+")[0];
  }

  static String section(Path root, List<Figures> results, String load) throws IOException, InterruptedException {
    Figures beaver4 = results.get(0);
    Figures ours = results.get(1);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Endpoint", "batches/s", "events/s", "p50", "p99", "non-2xx", "× beaver 4"});
    for (Figures f : results) {
      rows.add(new String[] {f.name(), String.format(Locale.ROOT, "%,.0f", f.requestsPerSecond()),
          String.format(Locale.ROOT, "%,.0f", f.eventsPerSecond()), f.p50(), f.p99(), "" + f.non2xx(),
          String.format(Locale.ROOT, "%.2f×", f.eventsPerSecond() / beaver4.eventsPerSecond())});
    }
    double ratio = ours.eventsPerSecond() / beaver4.eventsPerSecond();
    return "## Log endpoint throughput\n\n"
        + "Measured " + LocalDate.now() + " on " + Machine.describe(root) + ", "
        + wrkVersion() + "; " + load + ".\n"
        + "Method: wrk (1 thread, " + CONNECTIONS + " connections, " + WARM_UP + " warm-up then " + DURATION
        + " measured, on the same 2 cores as the server) POSTs one JSON batch of " + EVENTS_PER_BATCH
        + " warn events (`{\"events\":[...],\"meta\":{},\"tracking\":[]}`, "
        + String.format(Locale.ROOT, "%,d", batchBody().length()) + " bytes) over and over to each endpoint in turn, "
        + "in one run. warn, so that our endpoint's shedding of debug/info never lightens its load. beaver's endpoints "
        + "run with their default console logger behind `express.json({limit: '1mb'})` and write to `/dev/null`; ours runs "
        + "`bench/log-endpoint PORT --no-rate-limit` (one JSON line per event, and one per batch, written by the sink's "
        + "own thread through Logback) with its output to `/dev/null`. Latency percentiles are wrk's.\n"
        + "Regenerate with `bin/bench log-endpoint --record`.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n\n"
        + String.format(Locale.ROOT, "Goal: at least 3× beaver-logger 4's events/s: **%.2f×, %s**.%n", ratio,
            ratio >= 3 ? "met" : "missed");
  }

  /** e.g. {@code wrk debian/4.1.0-3+b2}; wrk -v prints it and exits with 1. */
  private static String wrkVersion() throws IOException, InterruptedException {
    Process wrk = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    wrk.waitFor();
    String first = output.strip().lines().findFirst().orElse("wrk");
    int bracket = first.indexOf(" [");
    return bracket < 0 ? first : first.substring(0, bracket);
  }

  private static Figures measure(Path root, String name, String url, Path script) throws IOException, InterruptedException {
    Command.run(root, "wrk", "-t1", "-c" + CONNECTIONS, "-d" + WARM_UP, "-s", script.toString(), url);
    String report = Command.run(root, "wrk", "-t1", "-c" + CONNECTIONS, "-d" + DURATION, "--latency",
        "-s", script.toString(), url);
    System.out.println(name + ":\n" + report);
    return parse(name, report);
  }

  /** The figures in a wrk --latency report. */
  static Figures parse(String name, String report) {
    double rps = Double.parseDouble(field(report, "Requests/sec:"));
    String p50 = field(report, " 50%");
    String p99 = field(report, " 99%");
    String non2xx = report.contains("Non-2xx or 3xx responses:") ? field(report, "Non-2xx or 3xx responses:") : "0";
    return new Figures(name, rps, p50, p99, Long.parseLong(non2xx));
  }

  private static String field(String report, String label) {
    int at = report.indexOf(label);
    if (at < 0) {
      throw new IllegalStateException("no '" + label.strip() + "' in wrk's report:\n" + report);
    }
    return report.substring(at + label.length()).strip().split("\\s+")[0];
  }

  /** The same batch, with a new {@code meta.batchId} in every request (unique across runs too). */
  static String luaScriptWithBatchIds() {
    String body = batchBody();
    String head = body.substring(0, body.indexOf("\"meta\":{}")) + "\"meta\":{\"batchId\":\"";
    String tail = "\"}" + body.substring(body.indexOf("\"meta\":{}") + "\"meta\":{}".length());
    return "wrk.method = \"POST\"\n"
        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + "local head = [==[" + head + "]==]\n"
        + "local tail = [==[" + tail + "]==]\n"
        + "math.randomseed(os.time())\n"
        + "local run = os.time() .. \"r\" .. math.random(1000000000) .. \"n\"\n"
        + "local n = 0\n"
        + "request = function()\n"
        + "  n = n + 1\n"
        + "  return wrk.format(nil, nil, nil, head .. run .. n .. tail)\n"
        + "end\n";
  }

  static String luaScript() {
    return "wrk.method = \"POST\"\n"
        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
        + "wrk.body = [==[" + batchBody() + "]==]\n";
  }

  /** The batch every request carries: 50 warn events of a checkout page. */
  static String batchBody() {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < EVENTS_PER_BATCH; i++) {
      if (i > 0) {
        events.append(',');
      }
      events.append("{\"level\":\"warn\",\"event\":\"checkout_step_").append(i)
          .append("\",\"payload\":{\"step\":").append(i)
          .append(",\"cart\":\"c-1234567890\",\"page\":\"/checkout/payment\",\"timestamp\":\"1795367667501\",")
          .append("\"userAgent\":\"Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0\"}}");
    }
    return "{\"events\":[" + events + "],\"meta\":{},\"tracking\":[]}";
  }
}
