package io.xwindow.beaver.server;

/**
 * Every way the endpoint refuses a request, with its HTTP status. The answer's body is
 * {@code {"error":"<CODE>","message":"..."}}; the codes are stable, the messages are for people.
 */
public enum ErrorCode {
  /** The body is larger than the configured limit (1 MB by default). */
  BODY_TOO_LARGE(413),
  /** The body is not JSON, not a JSON object, or has something after the object. */
  MALFORMED_JSON(400),
  /** The body did not arrive within the body timeout (30 s by default); the connection is closed. */
  REQUEST_TIMEOUT(408),
  /** A POST whose content type is neither JSON nor text/plain. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** A method other than POST and OPTIONS, or GET when GET logging is off. */
  METHOD_NOT_ALLOWED(405),
  /** The request came from a page whose origin is not allowed. */
  ORIGIN_NOT_ALLOWED(403),
  /** This client sent more than its rate; the answer's Retry-After says when to come back. */
  RATE_LIMITED(429),
  /** The sink failed; nothing of the batch is taken as logged, so the client's retry is welcome. */
  SINK_UNAVAILABLE(503),
  /**
   * The endpoint holds as much as it may (request bodies in flight, or lines waiting for the log);
   * nothing of the batch is taken, and the answer's Retry-After says when to come back.
   */
  OVERLOADED(503);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  /** The HTTP status this error is answered with. */
  public int status() {
    return status;
  }
}
