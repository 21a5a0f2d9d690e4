package io.xwindow.beaver.server.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xwindow.beaver.server.wire.BatchReader;
import io.xwindow.beaver.server.wire.Batch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class Slf4jSinkTest {
  private final ObjectMapper json = new ObjectMapper();
  private final Logger events = (Logger) LoggerFactory.getLogger("sinktest.event");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  private Batch batch(String body) {
    return ((BatchReader.Read) new BatchReader(json).read(body.getBytes(StandardCharsets.UTF_8))).batch();
  }

  private List<ILoggingEvent> logged(String body) {
    lines.start();
    events.addAppender(lines);
    events.setLevel(ch.qos.logback.classic.Level.DEBUG);
    events.setAdditive(false);
    new Slf4jSink("sinktest", json).write(batch(body), "203.0.113.9");
    return lines.list;
  }

  @AfterEach
  void detach() {
    events.detachAppender(lines);
  }

  @Test
  void eachEventIsOneJsonLineAtItsOwnLevel() throws Exception {
    List<ILoggingEvent> logged =
        logged("{\"events\":[{\"level\":\"debug\",\"event\":\"a\",\"payload\":{\"n\":0}},{\"level\":\"error\",\"event\":\"b\"}],\"meta\":{\"page\":\"p\"}}");

    assertEquals(2, logged.size());
    assertEquals(ch.qos.logback.classic.Level.DEBUG, logged.get(0).getLevel());
    assertEquals(ch.qos.logback.classic.Level.ERROR, logged.get(1).getLevel());
    var line = json.readTree(logged.get(0).getFormattedMessage());
    assertEquals("a", line.get("event").asText());
    assertEquals(0, line.get("payload").get("n").asInt());
    assertEquals("p", line.get("meta").get("page").asText());
    assertEquals("203.0.113.9", line.get("client").asText());
  }

  @Test
  void aNewlineInAValueCannotForgeALogLine() {
    List<ILoggingEvent> logged =
        logged("{\"events\":[{\"level\":\"info\",\"event\":\"x\",\"payload\":{\"v\":\"ok\\n2026-01-01 ERROR forged\\r\\u2028\"}}]}");

    String line = logged.get(0).getFormattedMessage();
    assertFalse(line.contains("\n") || line.contains("\r"), line);
    assertTrue(line.contains("ok\\n2026-01-01 ERROR forged\\r"), line);
  }

  @Test
  void theExecutablesConfigurationWritesThroughAnAsyncAppender() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getClassLoader().getResource("io/xwindow/beaver/server/log-endpoint-logback.xml"));

    assertTrue(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("ASYNC") instanceof AsyncAppender);
    assertTrue(context.getLogger("beaver.event").isDebugEnabled());
    context.stop();
  }
}
