package io.xwindow.beaver.server;

import io.undertow.Undertow;
import io.xwindow.beaver.server.sink.OtlpSink;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the endpoint on its own: {@code LogEndpointMain PORT [--no-rate-limit] [--redis URI]
 * [--allow-origin ORIGIN]... [--rate-per-minute N] [--bytes-per-minute N] [--otlp URL]} serves {@code http://127.0.0.1:PORT/api/log} with the default sink
 * (one JSON line per event on standard output, through a Logback async appender) until stopped.
 * {@code bench/log-endpoint} starts it. A wrong argument is one line on standard error and exit code 2.
 */
public final class LogEndpointMain {
  /** The Logback configuration of the executable, in this jar. */
  static final String LOGBACK_CONFIG = "io/xwindow/beaver/server/log-endpoint-logback.xml";

  private static final String USAGE =
      "usage: log-endpoint PORT [--no-rate-limit] [--redis URI] [--allow-origin ORIGIN]... [--rate-per-minute N]"
          + " [--bytes-per-minute N] [--otlp URL]";

  private LogEndpointMain() {}

  /** Starts the endpoint; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 1 || !args[0].matches("\\d{1,5}")) {
      System.err.println(USAGE);
      System.exit(2);
    }
    // Before the first logger is made: SLF4J reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    LogEndpoint.Builder settings = LogEndpoint.builder();
    OtlpSink otlp = null;
    boolean limited = true;
    long requests = 600;
    long bytes = 0;
    try {
      for (int i = 1; i < args.length; i++) {
        String option = args[i];
        switch (option) {
          case "--no-rate-limit" -> limited = false;
          case "--redis" -> settings.redis(value(args, ++i, option));
          case "--allow-origin" -> settings.allowOrigin(value(args, ++i, option));
          case "--rate-per-minute" -> requests = count(value(args, ++i, option), option);
          case "--bytes-per-minute" -> bytes = count(value(args, ++i, option), option);
          case "--otlp" -> {
            otlp = new OtlpSink(value(args, ++i, option), "beaver-log-endpoint", Duration.ofSeconds(10));
            settings.sink(otlp);
          }
          default -> throw new IllegalArgumentException("unknown option: " + option);
        }
      }
      if (!limited) {
        settings.noRateLimit();
      } else if (bytes > 0) {
        settings.rateLimit(requests, bytes, Duration.ofMinutes(1));
      } else {
        settings.rateLimit(requests, Duration.ofMinutes(1));
      }
    } catch (IllegalArgumentException e) {
      System.err.println("log-endpoint: " + e.getMessage());
      System.exit(2);
    }
    LogEndpoint endpoint = settings.build();
    Undertow server =
        Undertow.builder()
            .addHttpListener(Integer.parseInt(args[0]), "127.0.0.1")
            .setHandler(endpoint.handler())
            .build();
    server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    OtlpSink given = otlp;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      endpoint.close();
      if (given != null) {
        given.close();
      }
      stopped.countDown();
    }));
    System.err.println("log endpoint at http://127.0.0.1:" + args[0] + "/api/log");
    stopped.await();
  }

  private static String value(String[] args, int at, String option) {
    if (at >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[at];
  }

  private static long count(String value, String option) {
    try {
      long count = Long.parseLong(value);
      if (count > 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(option + " needs a positive whole number: " + value);
  }
}
