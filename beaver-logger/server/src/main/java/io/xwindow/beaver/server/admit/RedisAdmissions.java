package io.xwindow.beaver.server.admit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.xwindow.beaver.server.limit.ClientRate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limits and batch ids in Redis, shared by every instance: one script ({@code admit.lua})
 * takes the client's request and bytes and claims its batch id in one round trip. While {@value
 * #CALLS_OUT} calls are out, the requests that come are kept and sent together in the next call, so
 * the trips per request fall under load (the batching Bucket4j's proxies do, here across clients
 * too).
 *
 * <p>Why a script of ours rather than Bucket4j's Lettuce proxy: that proxy is compare-and-swap
 * (read the bucket, then a conditional write: two trips, retried on a busy key), counts one kind of
 * token per bucket, and cannot carry the batch-id claim; the script does the bytes, the requests and
 * the claim in one trip. The local fallback still uses Bucket4j ({@code LocalClientLimiter}), with
 * the same greedy refill.
 *
 * <p>Lettuce is set so that Redis never holds a caller: commands are refused at once while
 * disconnected (not queued), those out when the link broke are not replayed after it comes back,
 * at most {@value #REQUEST_QUEUE} may wait for answers, reconnection is tried at least every
 * second, and a call not answered within {@code timeout} fails. Standalone Redis only (the
 * script's keys span clients).
 */
public final class RedisAdmissions implements SharedAdmissions, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisAdmissions.class);
  private static final String SCRIPT = script();
  private static final String SHA = sha1(SCRIPT);
  static final int REQUEST_QUEUE = 1024;
  /**
   * Calls out at once: a request that comes while one is out goes in the second at once rather than
   * wait a round trip; more would shrink the batches for little.
   */
  static final int CALLS_OUT = 2;

  private final ClientResources resources;
  private final RedisClient client;
  private final RedisURI uri;
  private final ClientRate rate;
  private final String windowMillis;
  private final String prefix;
  private final Duration timeout;
  private final AtomicBoolean connecting = new AtomicBoolean();
  private volatile StatefulRedisConnection<String, String> connection;

  private final Object lock = new Object();
  private List<Pending> waiting = new ArrayList<>();
  /** Calls out now, at most {@link #CALLS_OUT}. */
  private int calling;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "beaver-redis-calls");
        thread.setDaemon(true);
        return thread;
      });

  private record Pending(String client, long bytes, String batchId, CompletableFuture<Admission> answer) {}

  /**
   * Connects to {@code uri} (waiting up to {@code connectTimeout}; if Redis is not there yet, calls
   * fail until it is and the connection is tried again), with keys under {@code prefix}: clients'
   * buckets for {@code rate} (null: no rate limit) and batch ids remembered for {@code window}.
   */
  public RedisAdmissions(
      RedisURI uri, ClientRate rate, Duration window, String prefix, Duration timeout, Duration connectTimeout) {
    this.uri = uri;
    this.rate = rate;
    this.windowMillis = "" + Math.max(1, window.toMillis());
    this.prefix = prefix;
    this.timeout = timeout;
    uri.setTimeout(connectTimeout);
    this.resources =
        DefaultClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
            .build();
    this.client = RedisClient.create(resources);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .replayFilter(command -> true) // calls out when the link broke were decided here already: never replayed
            .requestQueueSize(REQUEST_QUEUE)
            .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
            .build());
    CompletableFuture<?> first = connect();
    try {
      first.get(connectTimeout.toMillis() + 100, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("Redis at {}:{} is not reachable yet ({}); deciding in this instance until it is",
          uri.getHost(), uri.getPort(), String.valueOf(e.getCause() == null ? e : e.getCause()));
    }
  }

  /**
   * {@code uri} read as the URI of a standalone Redis ({@code redis://}, {@code rediss://} or
   * {@code redis-socket://}).
   *
   * @throws IllegalArgumentException with a one-line message if it is not one
   */
  public static RedisURI uri(String uri) {
    String reason;
    try {
      RedisURI parsed = RedisURI.create(uri);
      String scheme = java.net.URI.create(uri).getScheme();
      if ("redis-socket".equals(scheme)) {
        return parsed;
      }
      if (("redis".equals(scheme) || "rediss".equals(scheme)) && java.net.URI.create(uri).getHost() != null) {
        return parsed;
      }
      reason = "a standalone Redis needs redis://host:port or rediss://host:port";
    } catch (RuntimeException e) {
      reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("malformed");
    }
    throw new IllegalArgumentException("not a Redis URI: " + uri + " (" + reason + ")");
  }

  private CompletableFuture<?> connect() {
    if (!connecting.compareAndSet(false, true)) {
      return CompletableFuture.completedFuture(null);
    }
    return client.connectAsync(StringCodec.UTF8, uri)
        .toCompletableFuture()
        .whenComplete((opened, error) -> {
          if (opened != null) {
            connection = opened; // Lettuce reconnects it from now on
          } else {
            connecting.set(false);
          }
        });
  }

  @Override
  public CompletableFuture<Admission> admit(String client, long bytes, String batchId) {
    Pending pending = new Pending(client, bytes, batchId, new CompletableFuture<>());
    synchronized (lock) {
      waiting.add(pending);
      if (calling == CALLS_OUT) {
        return pending.answer(); // goes with the next call, when one out is answered
      }
      calling++;
    }
    try {
      sender.execute(this::callWaiting);
    } catch (RejectedExecutionException e) { // closed
      pending.answer().completeExceptionally(e);
    }
    return pending.answer();
  }

  /**
   * On the sender thread: one call for every request waiting (or none, and calling stops); when it
   * is answered, fails or times out, the sender thread makes the next. Only this thread hands
   * commands to Lettuce: no caller waits inside Lettuce, and Lettuce's threads never re-enter it
   * from a completion.
   */
  private void callWaiting() {
    List<Pending> batch;
    synchronized (lock) {
      batch = waiting;
      waiting = new ArrayList<>();
      batch.removeIf(p -> p.answer().isDone()); // given up by their callers
      if (batch.isEmpty()) {
        calling--;
        return;
      }
    }
    CompletableFuture<List<Object>> call;
    try {
      call = send(batch);
    } catch (RuntimeException e) { // Lettuce refused at once
      call = CompletableFuture.failedFuture(e);
    }
    call.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
        .whenComplete((results, error) -> {
          try {
            sender.execute(this::callWaiting); // the next call, from the sender thread
          } catch (RejectedExecutionException e) {
            // closed
          }
          if (error != null) {
            fail(batch, unwrap(error));
          } else {
            answer(batch, results);
          }
        });
  }

  private CompletableFuture<List<Object>> send(List<Pending> batch) {
    StatefulRedisConnection<String, String> open = connection;
    if (open == null) {
      connect();
      return CompletableFuture.failedFuture(new IllegalStateException("not connected to Redis"));
    }
    String[] keys = new String[batch.size() * 2];
    String[] args = new String[4 + batch.size() * 2];
    args[0] = rate == null ? "0" : "" + rate.requests();
    args[1] = rate == null ? "0" : "" + rate.bytes();
    args[2] = rate == null ? "1" : "" + TimeUnit.NANOSECONDS.toMicros(rate.period().toNanos());
    args[3] = windowMillis;
    for (int i = 0; i < batch.size(); i++) {
      Pending p = batch.get(i);
      keys[2 * i] = prefix + "limit:" + p.client();
      keys[2 * i + 1] = batchKey(p.client(), p.batchId() == null ? "" : p.batchId());
      args[4 + 2 * i] = "" + (rate == null ? 1 : rate.bytesTaken(p.bytes()));
      args[5 + 2 * i] = p.batchId() == null ? "0" : "1";
    }
    return open.async().<List<Object>>evalsha(SHA, ScriptOutputType.MULTI, keys, args)
        .exceptionallyCompose(e -> unwrap(e) instanceof RedisNoScriptException
            ? open.async().<List<Object>>eval(SCRIPT, ScriptOutputType.MULTI, keys, args) // after a restart
            : CompletableFuture.failedFuture(e))
        .toCompletableFuture();
  }

  private static void answer(List<Pending> batch, List<Object> results) {
    for (int i = 0; i < batch.size(); i++) {
      long waitMicros = (Long) results.get(2 * i);
      long claim = (Long) results.get(2 * i + 1);
      batch.get(i).answer().complete(
          waitMicros > 0
              ? Admission.limited(TimeUnit.MICROSECONDS.toNanos(waitMicros))
              : claim == 0 ? Admission.DUPLICATE : Admission.TAKEN);
    }
  }

  private static void fail(List<Pending> batch, Throwable error) {
    for (Pending p : batch) {
      p.answer().completeExceptionally(error);
    }
  }

  @Override
  public void release(String client, String batchId) {
    StatefulRedisConnection<String, String> open = connection;
    if (open != null) {
      try {
        // best effort: if it fails, the id stays claimed for the window
        sender.execute(() -> open.async().del(batchKey(client, batchId)));
      } catch (RejectedExecutionException e) {
        // closed
      }
    }
  }

  /** The key of a client's batch id; the client's length first, so no client and id pair reads as another. */
  private String batchKey(String client, String batchId) {
    return prefix + "batch:" + client.length() + ":" + client + ":" + batchId;
  }

  @Override
  public void close() {
    sender.shutdownNow();
    StatefulRedisConnection<String, String> open = connection;
    if (open != null) {
      open.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  private static Throwable unwrap(Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private static String script() {
    try (InputStream in = RedisAdmissions.class.getResourceAsStream("admit.lua")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
