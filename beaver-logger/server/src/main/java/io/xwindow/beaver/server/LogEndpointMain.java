package io.xwindow.beaver.server;

import io.xwindow.serverkit.Timeouts;
import io.undertow.Undertow;
import io.xwindow.beaver.server.sink.OtlpSink;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the endpoint on its own: {@code LogEndpointMain PORT [options]} ({@link MainOptions#USAGE})
 * serves {@code http://127.0.0.1:PORT/api/log} with the default sink (one JSON line per event on
 * standard output, through Logback) until stopped, with {@link Timeouts} set. {@code
 * bench/log-endpoint} starts it. A wrong argument (an unknown option, a missing or malformed value,
 * a malformed Redis URI) exits with 2, a port in use with 1, each with one line on standard error.
 */
public final class LogEndpointMain {
  /** The Logback configuration of the executable, in this jar. */
  static final String LOGBACK_CONFIG = "io/xwindow/beaver/server/log-endpoint-logback.xml";

  private LogEndpointMain() {}

  /** Starts the endpoint; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    MainOptions options;
    LogEndpoint.Builder settings;
    try {
      options = MainOptions.parse(args);
      settings = options.endpoint();
    } catch (MainOptions.BadOptions | IllegalArgumentException e) {
      System.err.println("log-endpoint: " + e.getMessage());
      System.exit(2);
      return;
    }
    // Before the first logger is made: SLF4J reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    OtlpSink otlp = options.otlp == null ? null : new OtlpSink(options.otlp, "beaver-log-endpoint", Duration.ofSeconds(10));
    if (otlp != null) {
      settings.sink(otlp);
    }
    LogEndpoint endpoint;
    Undertow server;
    try {
      endpoint = settings.build();
    } catch (RuntimeException e) {
      stop(null, null, otlp);
      System.err.println("log-endpoint: could not start: " + e.getMessage());
      System.exit(1);
      return;
    }
    server = server(options.port, endpoint, options.timeouts);
    try {
      server.start();
    } catch (RuntimeException e) {
      stop(null, endpoint, otlp);
      boolean inUse = e.getCause() instanceof BindException;
      System.err.println("log-endpoint: " + (inUse ? "port " + options.port + " is in use" : "could not start: " + e.getMessage()));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop(server, endpoint, otlp);
      stopped.countDown();
    }));
    int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    System.err.println("log endpoint at http://127.0.0.1:" + port + "/api/log");
    stopped.await();
  }

  /** The executable's server: {@code endpoint} alone on 127.0.0.1:{@code port}, with {@code timeouts}. */
  static Undertow server(int port, LogEndpoint endpoint, Timeouts timeouts) {
    return timeouts.applyTo(Undertow.builder())
        .addHttpListener(port, "127.0.0.1")
        .setHandler(endpoint.handler())
        .build();
  }

  private static void stop(Undertow server, LogEndpoint endpoint, OtlpSink otlp) {
    if (server != null) {
      server.stop();
    }
    if (endpoint != null) {
      endpoint.close();
    }
    if (otlp != null) {
      otlp.close();
    }
  }
}
