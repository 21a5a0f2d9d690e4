package io.xwindow.memcookies.server.error;

/**
 * Why a client's {@code x-cookies} header, or one value in it, was not accepted. The codes are
 * stable: logs and {@link io.xwindow.memcookies.server.MemCookiesStats} use them. None of them ever gives the client a 500:
 * a rejected header counts as an empty jar, a rejected value as a missing cookie.
 */
public enum ErrorCode {
  /**
   * The header is not a flat JSON object of cookie names to strings (or has a JSON escape, which no
   * name or value needs), or a value is not canonical Base64url.
   */
  MALFORMED,
  /** The header, its number of cookies, or one value is over the configured limit. */
  TOO_LARGE,
  /** A value fails authentication: changed, truncated, or moved to another cookie name or host. */
  TAMPERED,
  /** A value was sealed with a key the keyset does not have (retired, or another application's). */
  UNKNOWN_KEY,
  /** A value is past its expiry, or its expiry is beyond the configured ceiling from now. */
  EXPIRED,
  /** A {@code Secure} cookie came over plain HTTP: kept by the client, not given to the application. */
  NOT_SECURE,
  /** The cookie's {@code Path} does not cover the request path: kept by the client, not given. */
  OTHER_PATH;

  /**
   * Whether the value can never become valid, so the response tells the client to forget it (a
   * {@code null} tombstone). A cookie for another path or for HTTPS stays in the client's jar.
   */
  public boolean forgets() {
    return this != NOT_SECURE && this != OTHER_PATH;
  }
}
