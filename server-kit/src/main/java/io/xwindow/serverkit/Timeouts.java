package io.xwindow.serverkit;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.time.Duration;
import org.xnio.Options;

/**
 * How long an Undertow server waits for a client before it closes the connection. Undertow sets
 * none of these by default, so a client that opens a connection and sends its request slowly, or
 * not at all, holds that connection (and its buffers) for as long as it likes: a few hundred such
 * sockets exhaust a server without sending a megabyte.
 *
 * <ul>
 *   <li>{@code requestParse} ({@link UndertowOptions#REQUEST_PARSE_TIMEOUT}): from the first byte
 *       of a request to the end of its headers, however slowly they trickle in;
 *   <li>{@code noRequest} ({@link UndertowOptions#NO_REQUEST_TIMEOUT}): a connection with no
 *       request, before the first one and between keep-alive requests;
 *   <li>{@code idle} ({@link UndertowOptions#IDLE_TIMEOUT}): a connection on which nothing moves,
 *       either way;
 *   <li>{@code read} ({@link Options#READ_TIMEOUT}): any read the connection waits for, e.g. a
 *       body that stops arriving (fixed length or chunked), and so also an idle connection;
 *       {@code write} ({@link Options#WRITE_TIMEOUT}): a response the client stops reading.
 * </ul>
 *
 * <p>Only the body needs {@code read} or {@code idle}: Undertow has no timeout for a body that
 * keeps trickling in, byte by byte, so a handler that reads bodies should also cap their size
 * ({@link UndertowOptions#MAX_ENTITY_SIZE}, or its own limit).
 *
 * <pre>{@code
 * Undertow server = Timeouts.DEFAULT.applyTo(Undertow.builder())
 *     .addHttpListener(8080, "0.0.0.0").setHandler(app).build();
 * }</pre>
 *
 * @param requestParse longest time to receive a request's headers
 * @param noRequest longest time a connection may carry no request
 * @param idle longest time a connection may see no traffic
 * @param read longest wait for the next bytes of a request
 * @param write longest wait for the client to take the next bytes of a response
 */
public record Timeouts(Duration requestParse, Duration noRequest, Duration idle, Duration read,
    Duration write) {
  /**
   * For servers on the open internet: headers within 10 s, 30 s of keep-alive, a request or a
   * response that stalls for 30 s is dropped, a connection on which nothing moves for 60 s too.
   * Long enough for a phone on a poor network, short enough that a slow client costs one
   * connection for half a minute, not forever.
   */
  public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30),
      Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(30));

  public Timeouts {
    for (Duration timeout : new Duration[] {requestParse, noRequest, idle, read, write}) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()
          || timeout.toMillis() > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("a timeout must be positive and at most 24 days: " + timeout);
      }
    }
  }

  /** The same {@code timeout} for each of them, e.g. a short one for a test. */
  public static Timeouts all(Duration timeout) {
    return new Timeouts(timeout, timeout, timeout, timeout, timeout);
  }

  /** Sets these timeouts on {@code builder}; returns it. */
  public Undertow.Builder applyTo(Undertow.Builder builder) {
    return builder
        .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, millis(requestParse))
        .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, millis(noRequest))
        .setServerOption(UndertowOptions.IDLE_TIMEOUT, millis(idle))
        .setSocketOption(Options.READ_TIMEOUT, millis(read))
        .setSocketOption(Options.WRITE_TIMEOUT, millis(write));
  }

  /** These timeouts with {@code requestParse} instead. */
  public Timeouts withRequestParse(Duration timeout) {
    return new Timeouts(timeout, noRequest, idle, read, write);
  }

  /** These timeouts with {@code noRequest} instead. */
  public Timeouts withNoRequest(Duration timeout) {
    return new Timeouts(requestParse, timeout, idle, read, write);
  }

  /** These timeouts with {@code idle} instead. */
  public Timeouts withIdle(Duration timeout) {
    return new Timeouts(requestParse, noRequest, timeout, read, write);
  }

  /** These timeouts with {@code read} instead. */
  public Timeouts withRead(Duration timeout) {
    return new Timeouts(requestParse, noRequest, idle, timeout, write);
  }

  /** These timeouts with {@code write} instead. */
  public Timeouts withWrite(Duration timeout) {
    return new Timeouts(requestParse, noRequest, idle, read, timeout);
  }

  private static int millis(Duration timeout) {
    return (int) timeout.toMillis();
  }
}
