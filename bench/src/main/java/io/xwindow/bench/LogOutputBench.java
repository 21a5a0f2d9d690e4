package io.xwindow.bench;

import io.xwindow.testkit.LocalPorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What a request costs the log of {@code bench/log-endpoint}: each request of a set (the reported
 * attack, a large meta with many entries of each kind, small entries, a realistic batch) is POSTed
 * to the running executable and the bytes it adds to its standard output are counted. With {@code
 * -Dbaseline=DIR}, the same requests go to the {@code bench/log-endpoint} of another checkout too
 * (e.g. an older one), in the same run. Writes, when asked to record, the log-output section of bench/RESULTS.md.
 */
public final class LogOutputBench {
  static final String SECTION = "log-output";
  static final int META_BYTES = 50_000;
  private static final Set<Integer> TEXT_COLUMNS = Set.of(0);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LogOutputBench() {}

  /** One request of the set. */
  record Request(String name, String body) {}

  /** The requests, in order; pairs named "... + meta" and "... no meta" give the meta's cost. */
  static List<Request> requests() {
    String meta = meta();
    String error = "{\"level\":\"error\",\"event\":\"err\"}";
    String track = "{\"step\":\"pay\"}";
    String metric = "{\"metricNamespace\":\"shop\",\"metricEventName\":\"click\",\"metricValue\":1}";
    List<Request> requests = new ArrayList<>();
    requests.add(new Request("1,000 error events + 50 KB meta", batch("events", error, 1000, meta)));
    requests.add(new Request("1,000 error events, no meta", batch("events", error, 1000, null)));
    requests.add(new Request("1 error event + 50 KB meta", batch("events", error, 1, meta)));
    requests.add(new Request("1 error event, no meta", batch("events", error, 1, null)));
    requests.add(new Request("1,000 tracking entries + 50 KB meta", batch("tracking", track, 1000, meta)));
    requests.add(new Request("1,000 tracking entries, no meta", batch("tracking", track, 1000, null)));
    requests.add(new Request("1,000 metrics + 50 KB meta", batch("metrics", metric, 1000, meta)));
    requests.add(new Request("1,000 metrics, no meta", batch("metrics", metric, 1000, null)));
    requests.add(new Request("10,000 empty tracking entries {}", batch("tracking", "{}", 10_000, null)));
    requests.add(new Request("1 empty tracking entry {}", batch("tracking", "{}", 1, null)));
    requests.add(new Request("1,000 smallest events {\"event\":\"a\"}", batch("events", "{\"event\":\"a\"}", 1000, null)));
    requests.add(new Request("1 event with a 500 KB string", "{\"events\":[{\"level\":\"error\",\"event\":\"crash\","
        + "\"payload\":{\"stack\":\"" + "s".repeat(500_000) + "\"}}]}"));
    requests.add(new Request("the throughput benchmark's batch (50 warn events)", LogEndpointBench.batchBody()));
    return requests;
  }

  static String meta() {
    return "{\"page\":\"/checkout\",\"pad\":\"" + "m".repeat(META_BYTES - 29) + "\"}";
  }

  static String batch(String field, String entry, int times, String meta) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < times; i++) {
      list.append(i == 0 ? "" : ",").append(entry);
    }
    return "{\"" + field + "\":[" + list + "]" + (meta == null ? "" : ",\"meta\":" + meta) + "}";
  }

  /** Runs the benchmark; see the class comment. */
  public static void main(String[] args) throws Exception {
    Path root = ProjectRoot.find();
    Path work = Files.createDirectories(root.resolve("target/bench-log-output"));
    List<Request> requests = requests();
    Map<String, Map<String, Long>> costs = new LinkedHashMap<>();
    costs.put("xwindow", measure(root, work.resolve("ours.log"), requests));
    String baseline = System.getProperty("baseline");
    if (baseline != null) {
      costs.put("baseline", measure(Path.of(baseline), work.resolve("baseline.log"), requests));
    }
    String section = section(root, requests, costs, baseline);
    System.out.println(section);
    ResultsFile.recordIfAsked(root, SECTION, section);
  }

  /** The bytes each request adds to the log of {@code checkout}'s {@code bench/log-endpoint}. */
  private static Map<String, Long> measure(Path checkout, Path log, List<Request> requests)
      throws IOException, InterruptedException {
    int port = LocalPorts.free();
    Process endpoint = new ProcessBuilder(checkout.resolve("bench/log-endpoint").toString(), "" + port, "--no-rate-limit")
        .redirectOutput(log.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    Map<String, Long> costs = new LinkedHashMap<>();
    try {
      LocalPorts.awaitOpen(port, endpoint, Duration.ofSeconds(180)); // it may build first
      URI url = URI.create("http://127.0.0.1:" + port + "/api/log");
      for (Request request : requests) {
        long before = settled(log);
        HttpResponse<String> answer = HTTP.send(
            HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(request.name() + ": " + answer.statusCode() + " " + answer.body());
        }
        costs.put(request.name(), settled(log) - before);
      }
    } finally {
      endpoint.destroy();
      endpoint.waitFor(20, TimeUnit.SECONDS);
    }
    return costs;
  }

  /** The size of {@code log} once it has not grown for half a second. */
  private static long settled(Path log) throws IOException, InterruptedException {
    long size = Files.size(log);
    long stableSince = System.currentTimeMillis();
    while (System.currentTimeMillis() - stableSince < 500) {
      Thread.sleep(50);
      long now = Files.size(log);
      if (now != size) {
        size = now;
        stableSince = System.currentTimeMillis();
      }
    }
    return size;
  }

  static String section(Path root, List<Request> requests, Map<String, Map<String, Long>> costs, String baseline)
      throws IOException, InterruptedException {
    List<String> names = new ArrayList<>(costs.keySet());
    List<String[]> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Request", "request bytes"));
    for (String name : names) {
      header.add(name + " log bytes");
      header.add(name + " log/request");
    }
    rows.add(header.toArray(String[]::new));
    for (Request request : requests) {
      List<String> row = new ArrayList<>(List.of(request.name(), String.format(Locale.ROOT, "%,d", request.body().length())));
      for (String name : names) {
        long cost = costs.get(name).get(request.name());
        row.add(String.format(Locale.ROOT, "%,d", cost));
        row.add(ratio(cost, request.body().length()));
      }
      rows.add(row.toArray(String[]::new));
    }
    List<String[]> metaRows = new ArrayList<>();
    List<String> metaHeader = new ArrayList<>(List.of("50 KB meta with"));
    for (String name : names) {
      metaHeader.add(name + ": bytes of log");
      metaHeader.add(name + ": × its size");
    }
    metaRows.add(metaHeader.toArray(String[]::new));
    for (int i = 0; i + 1 < requests.size(); i++) {
      String with = requests.get(i).name();
      String without = requests.get(i + 1).name();
      if (!with.endsWith(" + 50 KB meta") || !without.endsWith(", no meta")) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(with.substring(0, with.length() - " + 50 KB meta".length())));
      for (String name : names) {
        long metaCost = costs.get(name).get(with) - costs.get(name).get(without);
        row.add(String.format(Locale.ROOT, "%,d", metaCost));
        row.add(ratio(metaCost, META_BYTES));
      }
      metaRows.add(row.toArray(String[]::new));
    }
    return "## Log output per request\n\n"
        + "Measured " + LocalDate.now() + " on " + Machine.describe(root) + ".\n"
        + "Method: each request is POSTed once to `bench/log-endpoint PORT --no-rate-limit` (default settings, its "
        + "Logback pattern, standard output to a file); its cost is what the file grew by once it stopped growing. "
        + (baseline == null ? "" : "`baseline` is the `bench/log-endpoint` of another checkout (" + baseline
            + "), measured in the same run. ")
        + "Regenerate with `bin/bench log-output --record`.\n\n"
        + MarkdownTable.format(rows, TEXT_COLUMNS) + "\n"
        + "What the batch's 50 KB meta alone costs the log (the request with it less the same request without it):\n\n"
        + MarkdownTable.format(metaRows, TEXT_COLUMNS) + "\n"
        + "Goal: a meta costs the log at most twice its size whatever the number of entries; small entries cost "
        + "little more than themselves.\n";
  }

  static String ratio(long part, long whole) {
    return String.format(Locale.ROOT, "%.2f×", part / (double) whole);
  }
}
