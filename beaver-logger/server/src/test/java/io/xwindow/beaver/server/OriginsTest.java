package io.xwindow.beaver.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OriginsTest {
  @Test
  void configuredOriginsAreMadeCanonical() {
    assertEquals("https://shop.example", Origins.canonical("HTTPS://Shop.Example:443"));
    assertEquals("http://shop.example", Origins.canonical("http://shop.example:80"));
    assertEquals("http://127.0.0.1:8080", Origins.canonical("http://127.0.0.1:8080"));
    assertEquals("http://[::1]:8080", Origins.canonical("http://[::1]:8080"));
  }

  @Test
  void anythingButSchemeHostAndPortIsRefused() {
    for (String bad : new String[] {"null", "*", "https://*.shop.example", "https://shop.example/", "https://shop.example/x",
        "https://shop.example?q", "https://user@shop.example", "ftp://shop.example", "shop.example", "", "https://"}) {
      assertThrows(IllegalArgumentException.class, () -> Origins.canonical(bad), bad);
    }
  }
}
