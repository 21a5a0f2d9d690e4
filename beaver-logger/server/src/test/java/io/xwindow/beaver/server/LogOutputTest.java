package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xwindow.beaver.server.sink.LineEscapes;
import io.xwindow.beaver.server.sink.Slf4jSink;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a request costs the log, over real HTTP into the real SLF4J sink, counted in the bytes the
 * executable's Logback pattern writes: a batch's meta is written once however many entries refer
 * to it, small entries cost about their own size, a slow log holds a bounded queue and never
 * leaves a request unanswered, and no value reaches the log with a character that can forge or
 * disguise a line.
 */
class LogOutputTest {
  private static final String PREFIX = "outputtest";
  private static final String META = "{\"page\":\"/checkout\",\"pad\":\"" + "m".repeat(50_000) + "\"}";

  private final CountedLog log = new CountedLog(PREFIX);
  private Slf4jSink sink;
  private LogEndpoint endpoint;
  private Loopback server;

  private void start(UnaryOperator<LogEndpoint.Builder> settings, int queueLines, long queueBytes) {
    sink = new Slf4jSink(PREFIX, new ObjectMapper(), queueLines, queueBytes);
    endpoint = settings.apply(LogEndpoint.builder().sink(sink).noRateLimit()).build();
    server = new Loopback(endpoint.handler());
  }

  private void start(UnaryOperator<LogEndpoint.Builder> settings) {
    start(settings, Slf4jSink.DEFAULT_MAX_LINES, Slf4jSink.DEFAULT_MAX_BYTES);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
      endpoint.close();
      sink.close();
    }
    log.close();
  }

  /** The bytes {@code body} adds to the log, once its lines are written. */
  private long cost(String body) throws InterruptedException {
    long before = log.bytes();
    HttpResponse<String> answer = server.post("/api/log", body);
    assertEquals(200, answer.statusCode(), answer.body());
    while (sink.backlog() > 0) {
      Thread.sleep(5);
    }
    return log.bytes() - before;
  }

  private static String repeat(String entry, int times) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < times; i++) {
      list.append(i == 0 ? "" : ",").append(entry);
    }
    return list.toString();
  }

  private static String batch(String field, String entry, int times, String meta) {
    return "{\"" + field + "\":[" + repeat(entry, times) + "]" + (meta == null ? "" : ",\"meta\":" + meta) + "}";
  }

  @Test
  void aBatchsMetaCostsTheLogAtMostTwiceItsSizeWhateverTheNumberOfEntries() throws Exception {
    start(b -> b.maxEntryBytes(64 * 1024)); // a meta kept whole: written once, not cut
    String[][] kinds = {
        {"events", "{\"level\":\"error\",\"event\":\"payment_failed\"}"},
        {"tracking", "{\"step\":\"pay\"}"},
        {"metrics", "{\"metricNamespace\":\"shop\",\"metricEventName\":\"click\",\"metricValue\":1}"},
    };
    for (String[] kind : kinds) {
      for (int entries : new int[] {1, 1000}) {
        long metaCost = cost(batch(kind[0], kind[1], entries, META)) - cost(batch(kind[0], kind[1], entries, null));

        assertTrue(metaCost <= 2L * META.length(),
            "a " + META.length() + "-byte meta cost " + metaCost + " bytes with " + entries + " " + kind[0]);
        System.out.printf("meta of %,d B with %,d %s: %,d B in the log (%.2fx)%n",
            META.length(), entries, kind[0], metaCost, metaCost / (double) META.length());
      }
    }
  }

  @Test
  void aThousandErrorsWithALargeMetaCostTheLogLessThanTwiceTheirRequest() throws Exception {
    start(b -> b);
    String body = batch("events", "{\"level\":\"error\",\"event\":\"err\"}", 1000, META);

    long cost = cost(body);

    double ratio = cost / (double) body.length();
    System.out.printf("%,d-byte POST of 1,000 errors and a 50 KB meta: %,d B in the log (%.2fx)%n", body.length(), cost, ratio);
    assertTrue(ratio < 2, "ratio " + ratio);
    assertEquals(1, log.text().split("\"pad\":\"mmm", -1).length - 1, "the meta, cut to the entry limit, once");
  }

  @Test
  void smallEntriesCostTheLogAboutTheirOwnSize() throws Exception {
    start(b -> b);
    long none = cost("{\"tracking\":[]}");
    long one = cost("{\"tracking\":[{}]}");
    long thousand = cost(batch("tracking", "{}", 1000, null));
    long thousandMetrics = cost(batch("metrics", "{}", 1000, null));

    System.out.printf("an empty batch: %d B; one {} tracking entry: %d B; each of 1,000 {}: %.2f B (tracking), %.2f B (metrics)%n",
        none, one, (thousand - one) / 999.0, (thousandMetrics - one) / 999.0);
    // "{}," is 3 bytes of the request
    assertTrue((thousand - one) / 999.0 < 4, "each {} tracking entry cost " + (thousand - one) / 999.0 + " bytes");
    assertTrue((thousandMetrics - one) / 999.0 < 4, "each {} metric cost " + (thousandMetrics - one) / 999.0 + " bytes");
  }

  @Test
  void controlSeparatorAndBidiCharactersArriveEscapedInTheLog() throws Exception {
    start(b -> b);
    String nasty = "\\u009b2J\\u0085\\u2028\\u202e\\u2067";
    cost("{\"events\":[{\"level\":\"warn\",\"event\":\"x\",\"payload\":{\"v\":\"" + nasty + "\",\"k" + nasty + "\":1}}],"
        + "\"meta\":{\"m\":\"" + nasty + "\"},\"tracking\":[{\"t\":\"" + nasty + "\"}]}");

    String text = log.text();
    for (char c : text.toCharArray()) {
      assertFalse(LineEscapes.escaped(c) && c != '\n', "U+" + Integer.toHexString(c) + " reached the log:\n" + text);
    }
    assertTrue(text.contains("\\u009B2J\\u0085\\u2028\\u202E\\u2067"), text);
    assertEquals(3, text.lines().count(), text); // the batch, its event, its tracking
  }

  @Test
  void aSlowLogHoldsABoundedQueueAndEveryRequestIsAnsweredPromptly() throws Exception {
    // the log takes 1 ms a line: far slower than the requests come
    Logger logger = (Logger) LoggerFactory.getLogger(PREFIX);
    AppenderBase<ILoggingEvent> slow = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    slow.setContext(logger.getLoggerContext());
    slow.start();
    logger.addAppender(slow);
    long queueBytes = 2L << 20;
    start(b -> b.maxEntryBytes(128 * 1024), 16_384, queueBytes);
    String meta = "{\"pad\":\"" + "m".repeat(100_000) + "\"}";
    String body = batch("events", "{\"level\":\"error\",\"event\":\"err\",\"payload\":{\"n\":\"" + "x".repeat(150) + "\"}}", 2400, meta);
    assertTrue(body.length() > 500_000, "" + body.length());

    AtomicLong mostWaiting = new AtomicLong();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    long started = System.currentTimeMillis();
    for (int i = 0; i < 20; i++) {
      answers.add(CompletableFuture.supplyAsync(() -> server.post("/api/log", body)));
    }
    while (!answers.stream().allMatch(CompletableFuture::isDone)) {
      mostWaiting.accumulateAndGet(sink.backlogBytes(), Math::max);
      Thread.sleep(2);
    }
    long took = System.currentTimeMillis() - started;

    int taken = 0;
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get();
      if (response.statusCode() == 200) {
        taken++;
      } else {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"error\":\"OVERLOADED\""), response.body());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
      }
    }
    System.out.printf("20 POSTs of %,d B to a slow log: %d taken, %d told to retry, in %d ms; at most %,d B waiting%n",
        body.length(), taken, 20 - taken, took, mostWaiting.get());
    assertTrue(taken >= 1 && taken < 20, taken + " taken");
    assertTrue(took < 8_000, "answered in " + took + " ms");
    assertTrue(mostWaiting.get() <= queueBytes + 2L * body.length(), "at most " + mostWaiting.get() + " bytes waiting");
    logger.detachAppender(slow);
  }
}
