package io.xwindow.beaver.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.xwindow.beaver.server.sink.LineEscapes;

/**
 * Writes the endpoint's answers, every body shape in one place: a success
 * {@code {"accepted":n,"skipped":n,"shed":n,"cut":n,"duplicate":false}} or an error
 * {@code {"error":"CODE","message":"..."}}.
 */
final class Answer {
  private Answer() {}

  /** Answers a batch that was taken (or recognised as already taken). */
  static void accepted(HttpServerExchange exchange, int accepted, int skipped, int shed, long cut, boolean duplicate) {
    exchange.setStatusCode(200);
    send(
        exchange,
        "{\"accepted\":" + accepted + ",\"skipped\":" + skipped + ",\"shed\":" + shed
            + ",\"cut\":" + cut + ",\"duplicate\":" + duplicate + "}");
  }

  /** Answers a refusal; {@code message} holds no client input unescaped. */
  static void error(HttpServerExchange exchange, ErrorCode code, String message) {
    exchange.setStatusCode(code.status());
    send(exchange, "{\"error\":\"" + code.name() + "\",\"message\":\"" + escape(message) + "\"}");
  }

  private static void send(HttpServerExchange exchange, String body) {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseSender().send(body);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (LineEscapes.escaped(c)) {
        out.append(LineEscapes.unicodeEscape(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
