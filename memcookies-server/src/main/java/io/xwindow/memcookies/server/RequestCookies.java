package io.xwindow.memcookies.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import java.util.Map;

/**
 * A request's cookies replaced by the jar's, in both of Undertow's forms: the raw {@code Cookie}
 * header, and the objects of {@code exchange.requestCookies()}, which Undertow makes by parsing that
 * header the first time they are asked for (about 1.5 µs for 10 cookies, a few percent of a small
 * request). Where its parser would give back exactly the jar's names and values, the objects are
 * made from them directly instead; anything else is left to the parser, so that an application
 * sees its cookies as it would with cookies enabled.
 */
final class RequestCookies {
  private RequestCookies() {}

  /**
   * Replaces the request's cookies by {@code cookies}, rendered as {@code header}; {@code asIs}:
   * {@link #parseAsIs} holds for them. Before anything has read the request's cookies (the
   * middleware is outermost).
   */
  static void replace(HttpServerExchange exchange, Map<String, String> cookies, String header, boolean asIs) {
    exchange.getRequestHeaders().remove(Headers.COOKIE);
    if (cookies.isEmpty()) {
      return;
    }
    if (asIs) {
      // The header is gone: Undertow starts its objects from none, and takes these.
      cookies.forEach((name, value) -> exchange.setRequestCookie(new CookieImpl(name, value)));
    }
    exchange.getRequestHeaders().put(Headers.COOKIE, header);
  }

  /**
   * Whether Undertow's parser reads {@code name=value; ...} back as exactly these names and values:
   * names that do not start with {@code $} (its {@code $Path}, {@code $Domain}, {@code $Version}),
   * and values that are not empty and hold nothing it would unquote, split or cut (it cuts at
   * {@code @}, for one): letters, digits and {@code - . _ ~ ! * + / :}, as session ids, tokens and
   * settings are.
   */
  static boolean parseAsIs(Map<String, String> cookies) {
    for (Map.Entry<String, String> cookie : cookies.entrySet()) {
      if (cookie.getKey().startsWith("$") || !plain(cookie.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~!*+/:".indexOf(c) >= 0;
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
