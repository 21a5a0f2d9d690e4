package io.xwindow.beaver.server;

import io.undertow.server.HttpServerExchange;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which page origins may log here. The endpoint's own origins may, without CORS: those configured
 * as public ({@code https://logs.example}), and the address a request actually came in on
 * ({@code http://127.0.0.1:8080}). Others only when listed exactly ({@code https://shop.example};
 * no wildcard, no reflection of any origin as beaver's server does). The {@code Host} header plays
 * no part: under DNS rebinding a hostile page's requests carry its own host name there.
 */
final class Origins {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]*:[0-9a-f:.]*\\]");

  private final Set<String> own;
  private final Set<String> allowed;

  /** {@code own}: the endpoint's public origins; {@code allowed}: other origins that may log. Both canonical. */
  Origins(Set<String> own, Set<String> allowed) {
    this.own = Set.copyOf(own);
    this.allowed = Set.copyOf(allowed);
  }

  /**
   * The canonical form of a configured origin ({@code scheme://host[:port]}, lower case, default
   * port left out), or an {@link IllegalArgumentException} for anything else: a path, a wildcard,
   * or {@code null} (the opaque origin of sandboxed frames and files, shared by every such page).
   */
  static String canonical(String origin) {
    if (origin == null || origin.equals("null") || origin.contains("*")) {
      throw new IllegalArgumentException("not an origin that can be allowed: " + origin);
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not an origin: " + origin, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty())
        && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
      throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
    }
    int port = uri.getPort();
    boolean defaultPort = port == -1 || port == defaultPort(scheme);
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  /** The canonical forms of {@code origins}, in order. */
  static Set<String> canonical(Set<String> origins) {
    Set<String> canonical = new LinkedHashSet<>();
    for (String origin : origins) {
      canonical.add(canonical(origin));
    }
    return canonical;
  }

  /** Whether {@code origin} (an Origin header) is this endpoint's own, so CORS does not apply. */
  boolean own(HttpServerExchange exchange, String origin) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return own.contains(lower) || isLocalAddress(exchange, lower);
  }

  /** Whether a page on {@code origin}, another origin than ours, may log here. */
  boolean allows(String origin) {
    return allowed.contains(origin.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code origin} names the address and port the request's connection was accepted on
   * (an IP literal: a host name never matches, so rebinding a name to us gains nothing).
   */
  private static boolean isLocalAddress(HttpServerExchange exchange, String origin) {
    InetSocketAddress local = exchange.getConnection().getLocalAddress(InetSocketAddress.class);
    if (local == null || local.getAddress() == null) {
      return false;
    }
    String scheme = exchange.getConnection().getSslSessionInfo() != null ? "https" : "http";
    if (!origin.startsWith(scheme + "://")) {
      return false;
    }
    String hostPort = origin.substring(scheme.length() + 3);
    String host;
    int port;
    int close = hostPort.lastIndexOf(']');
    int colon = hostPort.lastIndexOf(':');
    if (colon > close) {
      host = hostPort.substring(0, colon);
      try {
        port = Integer.parseInt(hostPort.substring(colon + 1));
      } catch (NumberFormatException e) {
        return false;
      }
    } else {
      host = hostPort;
      port = defaultPort(scheme);
    }
    if (port != local.getPort()) {
      return false;
    }
    InetAddress address = local.getAddress();
    if (IPV6.matcher(host).matches() && address instanceof Inet6Address) {
      try {
        // an IPv6 literal: parsed, never looked up
        return InetAddress.getByName(host.substring(1, host.length() - 1)).equals(address);
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return IPV4.matcher(host).matches() && host.equals(address.getHostAddress());
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }
}
