package io.xwindow.beaver.server.sink;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default sink: one JSON line per event ({@link EventLine}) through SLF4J, on the logger
 * {@code beaver.event} at the event's own level; tracking entries on {@code beaver.tracking} and
 * metrics on {@code beaver.metric} at info. With Logback, put an {@code AsyncAppender} in front
 * of the real appender (the endpoint's executable does): its queue is this sink's backlog.
 */
public final class Slf4jSink implements Sink {
  private final Logger events;
  private final Logger tracking;
  private final Logger metrics;
  private final EventLine lines;
  private final List<AsyncAppender> queues;

  /** Logs through the SLF4J loggers named {@code prefix + ".event"}, {@code ".tracking"}, {@code ".metric"}. */
  public Slf4jSink(String prefix, ObjectMapper json) {
    this.events = LoggerFactory.getLogger(prefix + ".event");
    this.tracking = LoggerFactory.getLogger(prefix + ".tracking");
    this.metrics = LoggerFactory.getLogger(prefix + ".metric");
    this.lines = new EventLine(json);
    this.queues = asyncAppenders(prefix + ".event");
  }

  @Override
  public void write(Batch batch, String client) {
    String meta = lines.json(batch.meta());
    String from = lines.json(client);
    for (Event event : batch.events()) {
      switch (event.level()) {
        case DEBUG -> {
          if (events.isDebugEnabled()) {
            events.debug(lines.of(event, meta, from));
          }
        }
        case INFO -> {
          if (events.isInfoEnabled()) {
            events.info(lines.of(event, meta, from));
          }
        }
        case WARN -> {
          if (events.isWarnEnabled()) {
            events.warn(lines.of(event, meta, from));
          }
        }
        case ERROR -> {
          if (events.isErrorEnabled()) {
            events.error(lines.of(event, meta, from));
          }
        }
      }
    }
    if (tracking.isInfoEnabled()) {
      for (ObjectNode entry : batch.tracking()) {
        tracking.info(lines.of("tracking", entry, meta, from));
      }
    }
    if (metrics.isInfoEnabled()) {
      for (ObjectNode metric : batch.metrics()) {
        metrics.info(lines.of("metric", metric, meta, from));
      }
    }
  }

  @Override
  public int backlog() {
    int waiting = 0;
    for (AsyncAppender queue : queues) {
      waiting += queue.getNumberOfElementsInQueue();
    }
    return waiting;
  }

  /** The Logback async appenders the event logger writes through, when Logback is the binding. */
  private static List<AsyncAppender> asyncAppenders(String loggerName) {
    List<AsyncAppender> found = new ArrayList<>();
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (!(factory instanceof LoggerContext)) {
      return found;
    }
    ch.qos.logback.classic.Logger logger = ((LoggerContext) factory).getLogger(loggerName);
    for (ch.qos.logback.classic.Logger at = logger; at != null; ) {
      for (Iterator<Appender<ILoggingEvent>> it = at.iteratorForAppenders(); it.hasNext(); ) {
        Appender<ILoggingEvent> appender = it.next();
        if (appender instanceof AsyncAppender) {
          found.add((AsyncAppender) appender);
        }
      }
      if (!at.isAdditive()) {
        break;
      }
      at = parent(at);
    }
    return found;
  }

  private static ch.qos.logback.classic.Logger parent(ch.qos.logback.classic.Logger logger) {
    String name = logger.getName();
    if (name.equals(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
      return null;
    }
    int dot = name.lastIndexOf('.');
    LoggerContext context = logger.getLoggerContext();
    return context.getLogger(dot < 0 ? org.slf4j.Logger.ROOT_LOGGER_NAME : name.substring(0, dot));
  }
}
