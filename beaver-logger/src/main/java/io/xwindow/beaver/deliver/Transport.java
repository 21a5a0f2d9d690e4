package io.xwindow.beaver.deliver;

import jsinterop.annotations.JsFunction;

/** Sends one batch body to the endpoint. */
public interface Transport {
  /** What came back. */
  @JsFunction
  interface Done {
    /**
     * The HTTP status (0 for a network failure) and the answer's Retry-After in milliseconds
     * (0 when none).
     */
    void done(int status, double retryAfterMillis);
  }

  /** Sends {@code body} and calls {@code done} once with the outcome. */
  void send(String body, Done done);

  /**
   * Sends {@code body} from a page that is going away ({@code sendBeacon}, or {@code fetch}
   * with {@code keepalive}); no outcome comes back.
   */
  void leave(String body);
}
