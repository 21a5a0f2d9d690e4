package io.xwindow.beaver.server.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.BatchReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class Slf4jSinkTest {
  private final ObjectMapper json = new ObjectMapper();
  private final Logger beaver = (Logger) LoggerFactory.getLogger("sinktest");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  private Batch batch(String body) {
    return ((BatchReader.Read) new BatchReader(json).read(body.getBytes(StandardCharsets.UTF_8))).batch();
  }

  private void attach(Appender<ILoggingEvent> appender) {
    appender.start();
    beaver.addAppender(appender);
    beaver.setLevel(ch.qos.logback.classic.Level.DEBUG);
    beaver.setAdditive(false);
  }

  /** What the sink wrote for {@code body}, once its queue is drained. */
  private List<ILoggingEvent> logged(String body) {
    attach(lines);
    try (Slf4jSink sink = new Slf4jSink("sinktest", json)) {
      sink.write(batch(body), "203.0.113.9");
    }
    return lines.list;
  }

  private JsonNode line(ILoggingEvent event) throws Exception {
    return json.readTree(event.getFormattedMessage());
  }

  @AfterEach
  void detach() {
    beaver.detachAndStopAllAppenders();
  }

  @Test
  void aBatchIsOneLineWithItsMetaThenOneLinePerEventAtItsOwnLevel() throws Exception {
    List<ILoggingEvent> logged =
        logged("{\"events\":[{\"level\":\"debug\",\"event\":\"a\",\"payload\":{\"n\":0}},{\"level\":\"error\",\"event\":\"b\"}],\"meta\":{\"page\":\"p\"}}");

    assertEquals(3, logged.size());
    assertEquals("sinktest.batch", logged.get(0).getLoggerName());
    assertEquals(ch.qos.logback.classic.Level.ERROR, logged.get(0).getLevel()); // its most severe event's
    JsonNode batch = line(logged.get(0));
    assertEquals("p", batch.get("meta").get("page").asText());
    assertEquals("203.0.113.9", batch.get("client").asText());
    assertEquals(2, batch.get("events").asInt());
    String ref = batch.get("batch").asText();

    assertEquals("sinktest.event", logged.get(1).getLoggerName());
    assertEquals(ch.qos.logback.classic.Level.DEBUG, logged.get(1).getLevel());
    assertEquals(ch.qos.logback.classic.Level.ERROR, logged.get(2).getLevel());
    JsonNode event = line(logged.get(1));
    assertEquals("a", event.get("event").asText());
    assertEquals(0, event.get("payload").get("n").asInt());
    assertEquals(ref, event.get("batch").asText());
    assertNull(event.get("meta"));
    assertNull(event.get("cut"));
    assertEquals(ref, line(logged.get(2)).get("batch").asText());
  }

  @Test
  void theMetaIsWrittenOnceWhateverTheNumberOfEntries() {
    String meta = "\"meta\":{\"pad\":\"" + "m".repeat(5000) + "\"}";
    StringBuilder events = new StringBuilder();
    StringBuilder tracking = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      events.append(i == 0 ? "" : ",").append("{\"level\":\"error\",\"event\":\"e\"}");
      tracking.append(i == 0 ? "" : ",").append("{\"t\":").append(i).append('}');
    }

    List<ILoggingEvent> logged = logged("{\"events\":[" + events + "],\"tracking\":[" + tracking + "]," + meta + "}");

    long withMeta = logged.stream().filter(e -> e.getFormattedMessage().contains("mmmmm")).count();
    assertEquals(1, withMeta);
  }

  @Test
  void smallTrackingEntriesAndMetricsShareLines() throws Exception {
    StringBuilder tracking = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      tracking.append(i == 0 ? "" : ",").append("{}");
    }

    List<ILoggingEvent> logged =
        logged("{\"tracking\":[" + tracking + "],\"metrics\":[{\"metricEventName\":\"click\"},{\"metricEventName\":\"view\"}]}");

    assertEquals(3, logged.size()); // the batch, the tracking, the metrics
    String ref = line(logged.get(0)).get("batch").asText();
    JsonNode tracked = line(logged.get(1));
    assertEquals("sinktest.tracking", logged.get(1).getLoggerName());
    assertEquals(1000, tracked.get("tracking").size());
    assertEquals(ref, tracked.get("batch").asText());
    assertEquals("view", line(logged.get(2)).get("metrics").get(1).get("metricEventName").asText());
    assertTrue(logged.get(1).getFormattedMessage().length() < 1000 * 3 + 40, logged.get(1).getFormattedMessage());
  }

  @Test
  void aNewlineInAValueCannotForgeALogLine() {
    List<ILoggingEvent> logged =
        logged("{\"events\":[{\"level\":\"info\",\"event\":\"x\",\"payload\":{\"v\":\"ok\\n2026-01-01 ERROR forged\\r\\u2028\"}}]}");

    String line = logged.get(1).getFormattedMessage();
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertTrue(line.contains("ok\\n2026-01-01 ERROR forged\\r"), line);
  }

  @Test
  void controlSeparatorAndBidiCharactersAreEscapedInValuesAndKeys() {
    // C1 controls (CSI U+009B, NEL U+0085), DEL, line/paragraph separators, bidi overrides and isolates
    String nasty = "\\u009b31m\\u0085\\u007f\\u2028\\u2029\\u202egnp.exe\\u2066\\u2069\\u200f\\u061c";
    List<ILoggingEvent> logged =
        logged("{\"events\":[{\"level\":\"info\",\"event\":\"x\",\"payload\":{\"v" + nasty + "\":\"" + nasty + "\"}}],"
            + "\"meta\":{\"m\":\"" + nasty + "\"}}");

    for (ILoggingEvent event : logged) {
      String line = event.getFormattedMessage();
      for (char c : line.toCharArray()) {
        assertFalse(LineEscapes.escaped(c), "raw U+" + Integer.toHexString(c) + " in " + line);
      }
    }
    String event = logged.get(1).getFormattedMessage();
    assertTrue(event.contains("\\u009B31m\\u0085\\u007F\\u2028\\u2029\\u202Egnp.exe\\u2066\\u2069\\u200F\\u061C"), event);
    assertTrue(logged.get(0).getFormattedMessage().contains("\\u202Egnp.exe"), logged.get(0).getFormattedMessage());
  }

  @Test
  void aBatchThatWouldOverfillTheQueueIsRefusedWholeAndAnIdleQueueTakesAnyBatch() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    attach(new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    String fiveEvents = "{\"events\":[{\"event\":\"a\"},{\"event\":\"b\"},{\"event\":\"c\"},{\"event\":\"d\"},{\"event\":\"e\"}]}";
    try (Slf4jSink sink = new Slf4jSink("sinktest", json, 4, 1 << 20, java.time.Duration.ofMillis(50))) {
      sink.write(batch(fiveEvents), "c"); // six lines: more than the bound, but nothing waits
      assertEquals(6, sink.backlog());
      assertTrue(sink.backlogBytes() > 5 * 20, "" + sink.backlogBytes());

      assertThrows(SinkFullException.class, () -> sink.write(batch("{\"events\":[{\"event\":\"f\"}]}"), "c"));
      assertEquals(6, sink.backlog());
      release.countDown();
    }
  }

  @Test
  void theExecutablesConfigurationWritesBeaverLinesStraightToStandardOutput() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getClassLoader().getResource("io/xwindow/beaver/server/log-endpoint-logback.xml"));

    Logger events = context.getLogger("beaver.event");
    assertTrue(events.isDebugEnabled());
    Logger beaverLogger = context.getLogger("beaver");
    assertFalse(beaverLogger.isAdditive());
    Iterator<Appender<ILoggingEvent>> appenders = beaverLogger.iteratorForAppenders();
    Appender<ILoggingEvent> only = appenders.next();
    assertFalse(appenders.hasNext());
    assertFalse(only instanceof AsyncAppender, "the sink queues lines itself, bounded in bytes");
    context.stop();
  }
}
