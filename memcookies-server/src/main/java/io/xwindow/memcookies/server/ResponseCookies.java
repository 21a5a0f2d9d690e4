package io.xwindow.memcookies.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Cookies;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cookies a response sets, in both of Undertow's forms: {@code Cookie} objects ({@code
 * exchange.setResponseCookie}) and raw {@code Set-Cookie} headers. Until the response commits,
 * Undertow keeps the objects apart and turns them into headers only after the commit listeners.
 */
final class ResponseCookies {
  private ResponseCookies() {}

  /** Every cookie set so far: objects first, then raw headers; a line Undertow cannot parse is skipped. */
  static List<Cookie> setSoFar(HttpServerExchange exchange) {
    List<Cookie> set = new ArrayList<>();
    exchange.responseCookies().forEach(set::add);
    HeaderValues raw = exchange.getResponseHeaders().get(Headers.SET_COOKIE);
    if (raw != null) {
      for (String line : raw) {
        try {
          Cookie cookie = Cookies.parseSetCookieHeader(line);
          if (cookie.getMaxAge() != null && cookie.getMaxAge() < 0
              && line.toLowerCase(Locale.ROOT).contains("max-age=")) {
            cookie.setMaxAge(0); // an explicit negative Max-Age removes the cookie (RFC 6265 5.2.2)
          }
          set.add(cookie);
        } catch (RuntimeException e) {
          // e.g. a Max-Age that is not a number: a browser would ignore the attribute or the line
        }
      }
    }
    return set;
  }

  /** Whether the response sets any cookie so far, in either form. */
  static boolean anySet(HttpServerExchange exchange) {
    return exchange.responseCookies().iterator().hasNext()
        || exchange.getResponseHeaders().contains(Headers.SET_COOKIE);
  }

  /** Removes every cookie from the response, so that none reaches the client as {@code Set-Cookie}. */
  @SuppressWarnings("removal")
  static void removeAll(HttpServerExchange exchange) {
    exchange.getResponseHeaders().remove(Headers.SET_COOKIE);
    if (exchange.responseCookies().iterator().hasNext()) {
      // The deprecated map is Undertow's only way to remove cookie objects (responseCookies() is read-only).
      exchange.getResponseCookies().clear();
    }
  }
}
