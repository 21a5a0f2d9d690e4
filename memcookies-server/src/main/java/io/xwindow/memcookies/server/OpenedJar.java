package io.xwindow.memcookies.server;

import java.util.Map;
import java.util.Set;

/**
 * A request's jar once opened: the cookies the application gets, and the names whose values can
 * never be valid again, which the response tells the client to forget.
 *
 * @param cookies names to values, in the order the client sent them
 * @param forget names, in order, of expired, tampered or unknown-key values
 */
public record OpenedJar(Map<String, String> cookies, Set<String> forget) {
  /** An empty jar: what a malformed header counts as. */
  public static final OpenedJar EMPTY = new OpenedJar(Map.of(), Set.of());

  /** Takes the two collections as they are (read-only views, no copy: this runs on every request). */
  public OpenedJar {
    cookies = java.util.Collections.unmodifiableMap(cookies);
    forget = java.util.Collections.unmodifiableSet(forget);
  }

  /** The cookies as a {@code Cookie} request header, e.g. {@code sid=abc; csrf=xyz}. */
  public String cookieHeader() {
    StringBuilder header = new StringBuilder();
    for (Map.Entry<String, String> cookie : cookies.entrySet()) {
      if (header.length() > 0) {
        header.append("; ");
      }
      header.append(cookie.getKey()).append('=').append(cookie.getValue());
    }
    return header.toString();
  }
}
