package io.xwindow.beaver.deliver;

import jsinterop.annotations.JsFunction;

/**
 * Sends one batch body to the endpoint: two functions, {@link Send} and {@link Leave}, rather than
 * an interface with two methods, whose implementation would be an object of ours in the bundle
 * (and with it J2CL's {@code Object}).
 */
public final class Transport {
  private Transport() {}

  /** What came back. */
  @JsFunction
  public interface Done {
    /**
     * The HTTP status (0 for a network failure) and the answer's Retry-After in milliseconds
     * (0 when none).
     */
    void done(int status, double retryAfterMillis);
  }

  /** Sends a body. */
  @JsFunction
  public interface Send {
    /** Sends {@code body} and calls {@code done} once with the outcome. */
    void send(String body, Done done);
  }

  /** Sends a body from a page that is going away. */
  @JsFunction
  public interface Leave {
    /**
     * Sends {@code body} from a page that is going away ({@code sendBeacon}, or {@code fetch}
     * with {@code keepalive}); no outcome comes back.
     */
    void leave(String body);
  }
}
