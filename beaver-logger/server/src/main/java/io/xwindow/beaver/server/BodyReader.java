package io.xwindow.beaver.server;

import io.undertow.server.HttpServerExchange;
import io.xwindow.beaver.server.limit.InFlightBytes;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.xnio.XnioExecutor;

/**
 * Reads a request body without blocking, as it arrives: what it holds grows with the bytes
 * received, never with the length a client declares. A body larger than its limit is refused
 * ({@code BODY_TOO_LARGE}), a body that would pass what all requests may hold together is refused
 * ({@code OVERLOADED}), and a body not all there within its timeout is refused ({@code
 * REQUEST_TIMEOUT}); each refusal closes the connection. The timeout runs from the start of the
 * body to its end, so a client that sends a byte now and then cannot keep the request open. A body
 * read whole is handed on, still on the I/O thread.
 */
final class BodyReader {
  /** Gets a body read whole: its first {@code length} bytes of {@code bytes}. */
  interface Done {
    void body(HttpServerExchange exchange, byte[] bytes, int length);
  }

  /** Answers a refusal. */
  interface Refusal {
    void refuse(HttpServerExchange exchange, ErrorCode code, String message);
  }

  private final long maxBytes;
  private final Duration timeout;
  private final InFlightBytes inFlight;
  private final Refusal refusal;

  BodyReader(long maxBytes, Duration timeout, InFlightBytes inFlight, Refusal refusal) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.inFlight = inFlight;
    this.refusal = refusal;
  }

  /** Reads the body of {@code exchange} (on its I/O thread), then hands it to {@code done}, or refuses it. */
  void read(HttpServerExchange exchange, Done done) {
    Body body = new Body(exchange);
    exchange.addExchangeCompleteListener((ex, next) -> {
      body.release();
      next.proceed();
    });
    exchange.getRequestReceiver().receivePartialBytes(
        (ex, bytes, last) -> body.arrived(bytes, last, done),
        (ex, error) -> {
          // the connection broke while reading: nobody is left to answer
          body.finished = true;
          ex.endExchange();
        });
  }

  /** One body as it arrives; touched on its exchange's I/O thread only, until handed on. */
  private final class Body extends ByteArrayOutputStream {
    private final HttpServerExchange exchange;
    private final XnioExecutor.Key deadline;
    private long held;
    private boolean finished;

    Body(HttpServerExchange exchange) {
      super(512);
      this.exchange = exchange;
      this.deadline = exchange.getIoThread().executeAfter(this::timeUp, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void arrived(byte[] bytes, boolean last, Done done) {
      if (finished) {
        return;
      }
      if (count + (long) bytes.length > maxBytes) {
        refuse(ErrorCode.BODY_TOO_LARGE, "the body is over " + maxBytes + " bytes");
        return;
      }
      if (!inFlight.take(bytes.length)) {
        refuse(ErrorCode.OVERLOADED, "too many request bodies in flight; retry later");
        return;
      }
      held += bytes.length;
      write(bytes, 0, bytes.length);
      if (last) {
        finished = true;
        deadline.remove();
        done.body(exchange, buf, count);
      }
    }

    private void timeUp() {
      if (!finished) {
        refuse(ErrorCode.REQUEST_TIMEOUT, "the body did not arrive within " + timeout.toMillis() + " ms");
      }
    }

    private void refuse(ErrorCode code, String message) {
      finished = true;
      deadline.remove();
      exchange.getRequestReceiver().pause();
      exchange.setPersistent(false);
      refusal.refuse(exchange, code, message);
    }

    /** Gives back what this body held; its request has ended. */
    void release() {
      deadline.remove();
      inFlight.give(held);
      held = 0;
    }
  }
}
