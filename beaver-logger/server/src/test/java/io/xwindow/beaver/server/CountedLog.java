package io.xwindow.beaver.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The loggers under one prefix written as the executable writes the sink's lines (its Logback
 * pattern, read from its configuration), to a stream that counts the bytes and keeps the text:
 * what the sink costs its log.
 */
final class CountedLog implements AutoCloseable {
  private final Logger logger;
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
  private final AtomicLong bytes = new AtomicLong();
  private final ByteArrayOutputStream text = new ByteArrayOutputStream();

  CountedLog(String prefix) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(executablePattern());
    encoder.start();
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.setOutputStream(new OutputStream() {
      @Override
      public void write(int b) {
        bytes.incrementAndGet();
        synchronized (text) {
          text.write(b);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.addAndGet(len);
        synchronized (text) {
          text.write(b, off, len);
        }
      }
    });
    appender.start();
    logger = context.getLogger(prefix);
    logger.setLevel(Level.DEBUG);
    logger.setAdditive(false);
    logger.addAppender(appender);
  }

  /** The pattern of the executable's appender for the sink's lines. */
  static String executablePattern() {
    try (InputStream in = CountedLog.class.getClassLoader().getResourceAsStream(LogEndpointMain.LOGBACK_CONFIG)) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher lines = Pattern.compile("<appender name=\"LINES\".*?<pattern>(.*?)</pattern>", Pattern.DOTALL).matcher(xml);
      if (!lines.find()) {
        throw new IllegalStateException("no LINES appender in " + LogEndpointMain.LOGBACK_CONFIG);
      }
      return lines.group(1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Bytes written so far. */
  long bytes() {
    return bytes.get();
  }

  /** The text written so far. */
  String text() {
    synchronized (text) {
      return text.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    appender.stop();
  }
}
