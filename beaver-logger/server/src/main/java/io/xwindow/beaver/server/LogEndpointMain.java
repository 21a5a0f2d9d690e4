package io.xwindow.beaver.server;

import io.undertow.Undertow;
import io.xwindow.beaver.server.sink.OtlpSink;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the endpoint on its own: {@code LogEndpointMain PORT [--no-rate-limit] [--redis URI]
 * [--allow-origin ORIGIN]... [--rate-per-minute N] [--otlp URL]} serves {@code http://127.0.0.1:PORT/api/log} with the default sink
 * (one JSON line per event on standard output, through a Logback async appender) until stopped.
 * {@code bench/log-endpoint} starts it.
 */
public final class LogEndpointMain {
  /** The Logback configuration of the executable, in this jar. */
  static final String LOGBACK_CONFIG = "io/xwindow/beaver/server/log-endpoint-logback.xml";

  private LogEndpointMain() {}

  /** Starts the endpoint; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 1 || !args[0].matches("\\d{1,5}")) {
      System.err.println("usage: log-endpoint PORT [--no-rate-limit] [--redis URI] [--allow-origin ORIGIN]... [--rate-per-minute N] [--otlp URL]");
      System.exit(2);
    }
    // Before the first logger is made: SLF4J reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    LogEndpoint.Builder settings = LogEndpoint.builder();
    OtlpSink otlp = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--no-rate-limit" -> settings.noRateLimit();
        case "--redis" -> settings.redis(args[++i]);
        case "--allow-origin" -> settings.allowOrigin(args[++i]);
        case "--rate-per-minute" -> settings.rateLimit(Long.parseLong(args[++i]), Duration.ofMinutes(1));
        case "--otlp" -> {
          otlp = new OtlpSink(args[++i], "beaver-log-endpoint", Duration.ofSeconds(10));
          settings.sink(otlp);
        }
        default -> {
          System.err.println("unknown option: " + args[i]);
          System.exit(2);
        }
      }
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
}
