package io.xwindow.memcookies.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.util.Locale;
import java.util.Set;

/**
 * CORS for the origins an application allows to call it with a jar: they may send {@code
 * x-cookies} and read it back. Any other origin gets no CORS header at all, so the browser keeps
 * it from reading a response (memcookies sent the jar to any host and let none read it back).
 * Credentials are never allowed: a jar in a header needs none.
 */
final class Cors {
  static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
  static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

  private final Set<String> origins;
  private final String allowHeaders;

  /** {@code origins} exactly as browsers send them (e.g. {@code https://shop.example:8443}). */
  Cors(Set<String> origins, Set<String> extraHeaders) {
    this.origins = Set.copyOf(origins);
    StringBuilder headers = new StringBuilder("x-cookies, content-type");
    for (String header : extraHeaders) {
      headers.append(", ").append(header.toLowerCase(Locale.ROOT));
    }
    this.allowHeaders = headers.toString();
  }

  /**
   * Adds the CORS headers an allowed origin needs; answers its preflight and returns true, in
   * which case the request goes no further.
   */
  boolean answer(HttpServerExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    if (origin == null || !origins.contains(origin)) {
      return false;
    }
    HeaderMap response = exchange.getResponseHeaders();
    response.put(ALLOW_ORIGIN, origin);
    response.add(Headers.VARY, "Origin");
    String method = exchange.getRequestHeaders().getFirst(REQUEST_METHOD);
    if (!Methods.OPTIONS.equals(exchange.getRequestMethod()) || method == null) {
      response.put(EXPOSE_HEADERS, "x-cookies");
      return false;
    }
    if (METHODS.contains(method)) {
      response.put(ALLOW_METHODS, method);
      response.put(ALLOW_HEADERS, allowHeaders);
      response.put(MAX_AGE, "600");
    }
    exchange.setStatusCode(StatusCodes.NO_CONTENT);
    exchange.endExchange();
    return true;
  }
}
