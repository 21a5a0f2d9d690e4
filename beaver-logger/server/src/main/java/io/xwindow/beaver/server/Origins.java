package io.xwindow.beaver.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.Locale;
import java.util.Set;

/**
 * Which page origins may log here. A page on the endpoint's own origin always may; others only
 * when listed exactly ({@code "https://shop.example"}; no wildcard, no reflection of any origin
 * as beaver's server does).
 */
final class Origins {
  private final Set<String> allowed;

  Origins(Set<String> allowed) {
    this.allowed = Set.copyOf(allowed);
  }

  /** Whether {@code origin} is this request's own origin (so CORS does not apply). */
  static boolean same(HttpServerExchange exchange, String origin) {
    String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
    return host != null
        && origin.equalsIgnoreCase(exchange.getRequestScheme() + "://" + host.toLowerCase(Locale.ROOT));
  }

  /** Whether a page on {@code origin}, another origin than ours, may log here. */
  boolean allows(String origin) {
    return allowed.contains(origin);
  }
}
