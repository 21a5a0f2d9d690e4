package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.testkit.Lane;
import io.xwindow.testkit.RedisServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two endpoint instances sharing one real redis-server, under steady load from several clients,
 * while Redis is killed for ten seconds and started again (empty), then paused with {@code CLIENT
 * PAUSE 15000}: every request is answered 200 within 500 ms; a client that sends each batch twice
 * (to one instance, then as a retry to the other) has each batch logged exactly once while Redis is
 * up, and no batch is ever lost.
 */
@Tag(Lane.REDIS)
class RedisOutageTest {
  private static final long SLOWEST_MILLIS = 500;
  private static final int PLAIN_CLIENTS = 3;

  /** Redis is up and both instances decide in it; the epoch counts every change of phase. */
  private volatile boolean up = true;
  private final AtomicInteger epoch = new AtomicInteger();
  private volatile boolean running = true;
  private volatile boolean measuring;

  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final long started = System.nanoTime();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong slowest = new AtomicLong();
  /** Batch id → whether it was sent (twice) entirely while Redis was up. */
  private final Map<String, Boolean> retried = new ConcurrentHashMap<>();
  private final List<String> sentOnce = new CopyOnWriteArrayList<>();

  private void phase(boolean redisUp) {
    up = redisUp;
    epoch.incrementAndGet();
  }

  private static String batch(String id) {
    return "{\"events\":[{\"level\":\"info\",\"event\":\"" + id + "\",\"payload\":{\"n\":1}}],\"meta\":{\"batchId\":\"" + id + "\"}}";
  }

  /**
   * One client's keep-alive HTTP/1.1 connection to one instance, on a plain socket: the JDK's
   * HttpClient, under this load, leaves about one request in 300,000 without an answer against any
   * server (measured here with no Redis at all, while wrk saw none lost in a million), which would
   * hide what this test looks for.
   */
  private static final class Connection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    Connection(Loopback to) throws IOException {
      URI origin = URI.create(to.origin);
      socket = new Socket(origin.getHost(), origin.getPort());
      socket.setSoTimeout(10_000);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
    }

    /** POSTs {@code json}; returns the status and the body. */
    String[] post(String json) throws IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      byte[] head = ("POST /api/log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] request = new byte[head.length + body.length];
      System.arraycopy(head, 0, request, 0, head.length);
      System.arraycopy(body, 0, request, head.length, body.length);
      out.write(request); // one write: headers and body in one segment
      out.flush();
      String status = line();
      int length = 0;
      for (String header = line(); !header.isEmpty(); header = line()) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).trim());
        }
      }
      return new String[] {status.split(" ")[1], new String(in.readNBytes(length), StandardCharsets.UTF_8)};
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("the connection closed");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private void post(Connection to, String id) {
    long start = System.nanoTime();
    String when = " (at " + TimeUnit.NANOSECONDS.toMillis(start - started) + " ms, Redis " + (up ? "up" : "out") + ")";
    try {
      String[] answer = to.post(batch(id));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      requests.incrementAndGet();
      if (!answer[0].equals("200")) {
        failures.add(id + ": " + answer[0] + " " + answer[1] + when);
      }
      if (measuring) {
        slowest.accumulateAndGet(millis, Math::max);
        if (millis > SLOWEST_MILLIS) {
          failures.add(id + ": answered in " + millis + " ms" + when);
        }
      }
    } catch (IOException | RuntimeException e) {
      failures.add(id + ": no answer (" + e + ")" + when);
    }
  }

  private Thread plainClient(int n, Loopback a, Loopback b) {
    return new Thread(() -> {
      try (Connection toA = new Connection(a);
          Connection toB = new Connection(b)) {
        for (int i = 0; running; i++) {
          String id = "plain" + n + "_" + i;
          post(i % 2 == 0 ? toA : toB, id);
          sentOnce.add(id);
        }
      } catch (IOException e) {
        failures.add("client " + n + ": " + e);
      }
    });
  }

  private Thread retryingClient(Loopback a, Loopback b) {
    return new Thread(() -> {
      try (Connection toA = new Connection(a);
          Connection toB = new Connection(b)) {
        for (int i = 0; running; i++) {
          String id = "retried_" + i;
          int before = epoch.get();
          boolean upBefore = up;
          post(toA, id);
          post(toB, id); // its answer was lost, say: the client sends it again, to the other instance
          retried.put(id, upBefore && up && before == epoch.get());
        }
      } catch (IOException e) {
        failures.add("retrying client: " + e);
      }
    });
  }

  private static void await(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, what);
      Thread.sleep(20);
    }
  }

  @Test
  void killingThenPausingRedisNeitherStopsNorSlowsTheEndpointsAndRetriesAreLoggedOnceWhileItIsUp() throws Exception {
    RecordingSink sinkA = new RecordingSink();
    RecordingSink sinkB = new RecordingSink();
    try (RedisServer redis = new RedisServer();
        LogEndpoint endpointA = LogEndpoint.builder().redis(redis.uri()).rateLimit(1_000_000, Duration.ofMinutes(1)).sink(sinkA).build();
        LogEndpoint endpointB = LogEndpoint.builder().redis(redis.uri()).rateLimit(1_000_000, Duration.ofMinutes(1)).sink(sinkB).build();
        Loopback a = new Loopback(endpointA.handler());
        Loopback b = new Loopback(endpointB.handler())) {
      BooleanSupplier bothInRedis = () -> endpointA.decidingInRedis() && endpointB.decidingInRedis();
      List<Thread> clients = new ArrayList<>();
      for (int n = 0; n < PLAIN_CLIENTS; n++) {
        clients.add(plainClient(n, a, b));
      }
      clients.add(retryingClient(a, b));
      clients.forEach(Thread::start);

      Thread.sleep(2000); // warm up
      measuring = true;
      Thread.sleep(2000);

      phase(false);
      redis.kill();
      Thread.sleep(10_000);
      long aloneWhileKilled = endpointA.stats().decidedWithoutRedis() + endpointB.stats().decidedWithoutRedis();
      redis.start();
      await(bothInRedis, Duration.ofSeconds(10), "both instances return to Redis after its restart");
      phase(true);
      Thread.sleep(3000);

      phase(false);
      assertEquals("+OK", redis.send("CLIENT PAUSE 15000"));
      Thread.sleep(1000);
      boolean leftRedisWhilePaused = !endpointA.decidingInRedis() && !endpointB.decidingInRedis();
      Thread.sleep(14_000);
      await(bothInRedis, Duration.ofSeconds(10), "both instances return to Redis after the pause");
      phase(true);
      Thread.sleep(3000);

      running = false;
      for (Thread client : clients) {
        client.join(10_000);
      }

      Map<String, Long> logged =
          Stream.concat(sinkA.names().stream(), sinkB.names().stream())
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      String summary = requests.get() + " requests, slowest " + slowest.get() + " ms";
      assertEquals(List.of(), failures.stream().limit(20)
          .map(f -> f + " [logged " + logged.getOrDefault(f.substring(0, f.indexOf(':')), 0L) + " times]").toList(), summary);
      assertTrue(aloneWhileKilled > 0, "the instances decided alone while Redis was down");
      assertTrue(leftRedisWhilePaused, "the breakers opened while Redis was paused");

      List<String> notOnce = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      long whileUp = 0;
      for (Map.Entry<String, Boolean> batch : retried.entrySet()) {
        long times = logged.getOrDefault(batch.getKey(), 0L);
        if (times == 0) {
          lost.add(batch.getKey());
        } else if (batch.getValue()) {
          whileUp++;
          if (times != 1) {
            notOnce.add(batch.getKey() + " logged " + times + " times");
          }
        }
      }
      for (String id : sentOnce) {
        if (logged.getOrDefault(id, 0L) != 1) {
          notOnce.add(id + " (sent once) logged " + logged.getOrDefault(id, 0L) + " times");
        }
      }
      assertEquals(List.of(), lost, "no batch is lost");
      assertEquals(List.of(), notOnce.stream().limit(20).toList(), summary);
      assertTrue(whileUp > 1000, "retried batches while Redis was up: " + whileUp);
      System.out.println("Redis outage under load: " + summary + ", " + retried.size() + " batches retried ("
          + whileUp + " while Redis was up), decided without Redis: "
          + (endpointA.stats().decidedWithoutRedis() + endpointB.stats().decidedWithoutRedis()));
    }
  }

  @Test
  void anEndpointStartedBeforeRedisDecidesAloneThenMovesToRedisByItself() throws Exception {
    RecordingSink sink = new RecordingSink();
    try (RedisServer redis = new RedisServer(false);
        LogEndpoint endpoint = LogEndpoint.builder().redis(redis.uri()).sink(sink).build();
        Loopback server = new Loopback(endpoint.handler())) {
      assertEquals(200, server.post("/api/log", batch("before")).statusCode());
      assertFalse(endpoint.decidingInRedis());

      redis.start();
      int[] sent = {0};
      await(() -> server.post("/api/log", batch("after_" + sent[0]++)).statusCode() == 200 && endpoint.decidingInRedis(),
          Duration.ofSeconds(10), "the endpoint moves to Redis once it is there");
      assertEquals("1", redis.send("EXISTS beaver:limit:127.0.0.1").substring(1), "the rate is kept in Redis");
    }
  }
}
