package io.xwindow.beaver.server;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.time.Duration;
import org.xnio.Options;

/**
 * The timeouts an Undertow server needs so that slow or silent clients cannot hold its
 * connections: Undertow sets none of them by default. {@link LogEndpointMain} applies them; an
 * application that serves the endpoint from its own Undertow should apply them too:
 *
 * <pre>{@code
 * Undertow server = ServerTimeouts.defaults().applyTo(Undertow.builder())
 *     .addHttpListener(8080, "0.0.0.0").setHandler(logs.handler(myRoutes)).build();
 * }</pre>
 *
 * <p>The endpoint bounds the time a body may take by itself ({@link LogEndpoint.Builder#bodyTimeout}).
 *
 * @param requestParse the longest a request line and headers may take, from their first byte
 * @param noRequest the longest a connection may stay open with no request (keep-alive included)
 * @param idle the longest a connection may see no byte in or out
 * @param read the longest a read may wait for a byte while a request is read
 * @param write the longest a write may wait for the client to take bytes
 */
public record ServerTimeouts(Duration requestParse, Duration noRequest, Duration idle, Duration read, Duration write) {
  /** Request parse 10 s, no request 60 s, idle 60 s, read 10 s, write 10 s. */
  public static ServerTimeouts defaults() {
    return new ServerTimeouts(
        Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  /** Checks each is positive and fits in Undertow's int of milliseconds. */
  public ServerTimeouts {
    for (Duration timeout : new Duration[] {requestParse, noRequest, idle, read, write}) {
      if (timeout == null || timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("a timeout must be between 1 ms and 24 days: " + timeout);
      }
    }
  }

  /** Sets these timeouts on {@code builder}, and returns it. */
  public Undertow.Builder applyTo(Undertow.Builder builder) {
    return builder
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(requestParse))
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(noRequest))
        .setServerOption(UndertowOptions.IDLE_TIMEOUT, millis(idle))
        .setSocketOption(Options.READ_TIMEOUT, millis(read))
        .setSocketOption(Options.WRITE_TIMEOUT, millis(write));
  }

  /** These timeouts with {@code requestParse} instead. */
  public ServerTimeouts withRequestParse(Duration timeout) {
    return new ServerTimeouts(timeout, noRequest, idle, read, write);
  }

  /** These timeouts with {@code noRequest} instead. */
  public ServerTimeouts withNoRequest(Duration timeout) {
    return new ServerTimeouts(requestParse, timeout, idle, read, write);
  }

  /** These timeouts with {@code idle} instead. */
  public ServerTimeouts withIdle(Duration timeout) {
    return new ServerTimeouts(requestParse, noRequest, timeout, read, write);
  }

  /** These timeouts with {@code read} instead. */
  public ServerTimeouts withRead(Duration timeout) {
    return new ServerTimeouts(requestParse, noRequest, idle, timeout, write);
  }

  /** These timeouts with {@code write} instead. */
  public ServerTimeouts withWrite(Duration timeout) {
    return new ServerTimeouts(requestParse, noRequest, idle, read, timeout);
  }

  private static int millis(Duration timeout) {
    return (int) timeout.toMillis();
  }
}
