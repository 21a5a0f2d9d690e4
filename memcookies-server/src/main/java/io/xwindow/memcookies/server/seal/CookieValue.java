package io.xwindow.memcookies.server.seal;

import java.util.Objects;

/**
 * What is sealed for one cookie: its value, when it expires, and the attributes enforced on the
 * way back in. Its name is sealed beside it ({@link Sealer}), and the host is the associated data.
 *
 * @param value the cookie's value, as the application set it
 * @param expiresAt epoch second after which the value is refused
 * @param path the cookie's {@code Path}, always starting with {@code /}
 * @param secure whether the cookie may only come back over HTTPS
 */
public record CookieValue(String value, long expiresAt, String path, boolean secure) {
  public CookieValue {
    Objects.requireNonNull(value);
    Objects.requireNonNull(path);
  }
}
