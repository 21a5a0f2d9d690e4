package io.xwindow.memcookies.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Keeps a jar where it was issued. A browser follows a redirect with the request's own headers,
 * {@code x-cookies} included, and another origin only has to answer the preflight to read them: a
 * redirect to another origin (an open redirect, a partner, another allowed API) would hand it the
 * jar, a bearer token until it expires. So the answer to a cookies-disabled request that would send
 * the browser to another origin loses its {@code Location}: no browser follows it, and the page
 * sees the 3xx status. Redirects within the origin are followed as before, with the jar.
 */
final class HomeOnlyRedirects {
  private HomeOnlyRedirects() {}

  /** Removes the response's {@code Location} when the browser would follow it to another origin. */
  static void keepJarHome(HttpServerExchange exchange) {
    int status = exchange.getStatusCode();
    boolean followed = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (!followed) {
      return;
    }
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    if (location != null && !sameOrigin(exchange, location)) {
      exchange.getResponseHeaders().remove(Headers.LOCATION);
    }
  }

  /**
   * Whether {@code location} resolves to the request's own origin. Browsers read URLs more
   * leniently than {@link URI} (a backslash or a tab in {@code /\evil.example} makes it another
   * host for them): anything {@link URI} refuses counts as another origin.
   */
  static boolean sameOrigin(HttpServerExchange exchange, String location) {
    URI target;
    try {
      target = new URI(location);
    } catch (URISyntaxException e) {
      return false;
    }
    if (target.getScheme() == null && target.getRawAuthority() == null) {
      return !target.isOpaque(); // a path, a query or a fragment: this origin
    }
    String scheme = target.getScheme() == null
        ? exchange.getRequestScheme() : target.getScheme().toLowerCase(Locale.ROOT);
    return target.getHost() != null
        && scheme.equalsIgnoreCase(exchange.getRequestScheme())
        && target.getHost().equalsIgnoreCase(exchange.getHostName())
        && port(scheme, target.getPort()) == port(scheme, exchange.getHostPort());
  }

  private static int port(String scheme, int port) {
    if (port >= 0) {
      return port;
    }
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
