package io.xwindow.beaver.server.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import io.xwindow.beaver.server.wire.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default sink: JSON lines ({@link Lines}) through SLF4J. A batch is one line on the logger
 * {@code <prefix>.batch} (its meta and client, at the level of its most severe event, info without
 * events), one line per event on {@code <prefix>.event} at the event's own level, and its tracking
 * entries and metrics grouped on {@code <prefix>.tracking} and {@code <prefix>.metric} at info;
 * every line names its batch.
 *
 * <p>Lines wait in a queue of this sink, bounded in lines and in bytes, and are written by one
 * thread of its own: give SLF4J a plain appender (Logback's {@code AsyncAppender} would add a
 * second queue, bounded in lines only). A batch that would pass a bound waits for room up to
 * {@link #DEFAULT_WAIT} (so a burst goes at the log's pace), then is refused with {@link
 * SinkFullException}; {@link #backlog()} and {@link #backlogBytes()} tell the endpoint when to shed.
 *
 * <pre>{@code
 * Sink sink = new Slf4jSink("beaver", new ObjectMapper(), 16_384, 64L << 20);
 * }</pre>
 */
public final class Slf4jSink implements Sink {
  /** Lines that may wait, by default. */
  public static final int DEFAULT_MAX_LINES = 16_384;
  /** Bytes that may wait, by default: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;
  /** How long a batch waits for room in a full queue before it is refused, by default. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

  /** One line of text for one logger at one level. */
  private record Line(Logger logger, Level level, String text) {}

  private final Logger batches;
  private final Logger events;
  private final Logger tracking;
  private final Logger metrics;
  private final Lines lines;
  private final BatchRefs refs = new BatchRefs();
  private final LineQueue<Line> queue;
  private final long waitMillis;

  /** Logs through the loggers {@code prefix + ".batch"}, {@code ".event"}, {@code ".tracking"}, {@code ".metric"}, with the default bounds. */
  public Slf4jSink(String prefix, ObjectMapper json) {
    this(prefix, json, DEFAULT_MAX_LINES, DEFAULT_MAX_BYTES);
  }

  /** As {@link #Slf4jSink(String, ObjectMapper)}, with at most {@code maxLines} lines and {@code maxBytes} bytes waiting. */
  public Slf4jSink(String prefix, ObjectMapper json, int maxLines, long maxBytes) {
    this(prefix, json, maxLines, maxBytes, DEFAULT_WAIT);
  }

  /** As {@link #Slf4jSink(String, ObjectMapper, int, long)}, a batch waiting at most {@code wait} for room. */
  public Slf4jSink(String prefix, ObjectMapper json, int maxLines, long maxBytes, Duration wait) {
    this.batches = LoggerFactory.getLogger(prefix + ".batch");
    this.events = LoggerFactory.getLogger(prefix + ".event");
    this.tracking = LoggerFactory.getLogger(prefix + ".tracking");
    this.metrics = LoggerFactory.getLogger(prefix + ".metric");
    this.lines = new Lines(json);
    this.queue = new LineQueue<>(maxLines, maxBytes, line -> line.text().length(), Slf4jSink::log, prefix + "-log-writer");
    this.waitMillis = wait.toMillis();
  }

  @Override
  public void write(Batch batch, String client) {
    String ref = refs.next();
    List<Line> out = new ArrayList<>(batch.events().size() + 3);
    out.add(null); // the batch line, once it is known to be needed
    Level top = null;
    for (Event event : batch.events()) {
      if (enabled(events, event.level())) {
        out.add(new Line(events, event.level(), lines.event(event, ref)));
        top = top == null || event.level().compareTo(top) > 0 ? event.level() : top;
      }
    }
    if (tracking.isInfoEnabled()) {
      for (String line : lines.grouped("tracking", batch.tracking(), ref)) {
        out.add(new Line(tracking, Level.INFO, line));
      }
    }
    if (metrics.isInfoEnabled()) {
      for (String line : lines.grouped("metrics", batch.metrics(), ref)) {
        out.add(new Line(metrics, Level.INFO, line));
      }
    }
    Level level = top == null ? Level.INFO : top;
    if ((out.size() == 1 && batch.dropped() == 0) || !enabled(batches, level)) {
      out.remove(0);
    } else {
      out.set(0, new Line(batches, level, lines.batch(ref, client, batch)));
    }
    if (out.isEmpty()) {
      return;
    }
    boolean taken;
    try {
      taken = queue.offer(out, waitMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      taken = false;
    }
    if (!taken) {
      throw new SinkFullException("the log queue is full (" + queue.lines() + " lines, " + queue.bytes() + " bytes waiting)");
    }
  }

  @Override
  public int backlog() {
    return queue.lines();
  }

  @Override
  public long backlogBytes() {
    return queue.bytes();
  }

  /** Writes what waits, then stops this sink's writer thread. */
  @Override
  public void close() {
    queue.close();
  }

  private static boolean enabled(Logger logger, Level level) {
    return switch (level) {
      case DEBUG -> logger.isDebugEnabled();
      case INFO -> logger.isInfoEnabled();
      case WARN -> logger.isWarnEnabled();
      case ERROR -> logger.isErrorEnabled();
    };
  }

  private static void log(Line line) {
    switch (line.level()) {
      case DEBUG -> line.logger().debug(line.text());
      case INFO -> line.logger().info(line.text());
      case WARN -> line.logger().warn(line.text());
      case ERROR -> line.logger().error(line.text());
    }
  }
}
