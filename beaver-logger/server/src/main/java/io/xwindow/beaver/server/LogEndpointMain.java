package io.xwindow.beaver.server;

import io.xwindow.serverkit.Timeouts;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.util.StatusCodes;
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
 * a malformed Redis URI or OTLP URL, an origin that cannot be allowed such as {@code *}) exits with
 * 2, a port in use with 1, each with one line on standard error; {@code --help} prints the usage.
 */
public final class LogEndpointMain {
  /** The Logback configuration of the executable, in this jar. */
  static final String LOGBACK_CONFIG = "io/xwindow/beaver/server/log-endpoint-logback.xml";
  /** Where the executable serves the endpoint. */
  static final String PATH = "/api/log";

  private LogEndpointMain() {}

  /** Starts the endpoint; see the class comment for the arguments. */
  public static void main(String[] args) throws InterruptedException {
    // Before the first logger is made (checking a Redis URI makes Lettuce's): SLF4J reads its
    // configuration once, and without this one the libraries' debug lines fill standard error.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
    }
    if (MainOptions.asksForHelp(args)) {
      System.out.println(MainOptions.USAGE);
      return;
    }
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
    OtlpSink otlp;
    try {
      otlp = options.otlp == null ? null : new OtlpSink(options.otlp, "beaver-log-endpoint", Duration.ofSeconds(10));
    } catch (IllegalArgumentException e) { // a URL the exporter refuses after our check
      System.err.println("log-endpoint: --otlp: " + e.getMessage());
      System.exit(2);
      return;
    }
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
    System.err.println("log endpoint at http://127.0.0.1:" + port + PATH);
    stopped.await();
  }

  /**
   * The executable's server: {@code endpoint} at {@value #PATH} on 127.0.0.1:{@code port}, any
   * other path answered 404, with {@code timeouts}.
   */
  static Undertow server(int port, LogEndpoint endpoint, Timeouts timeouts) {
    HttpHandler routes = Handlers.path(exchange -> exchange.setStatusCode(StatusCodes.NOT_FOUND))
        .addExactPath(PATH, endpoint.handler());
    return timeouts.applyTo(Undertow.builder())
        .addHttpListener(port, "127.0.0.1")
        .setHandler(routes)
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
