package io.xwindow.memcookies.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import io.xwindow.testkit.Loopback;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random, truncated, re-ordered, huge and deeply nested {@code x-cookies} headers, sent as raw
 * bytes to a real Undertow: never a 500, and the application never sees a cookie whose value the
 * server did not seal for that very name.
 */
class XCookiesFuzzTest {
  private static final Pattern API = Pattern.compile("api=\\{(.*)}$");
  private static final Random RANDOM = new Random(20261130);
  private static Loopback server;
  private static Map<String, String> genuine;
  /** Each cookie's name to the sealed value the server gave it. */
  private static Map<String, String> tokens;
  private static final Pattern MEMBER = Pattern.compile("\"([^\"]*)\":\"([^\"]*)\"");

  @BeforeAll
  static void start() throws Exception {
    server = new Loopback(new MemCookiesHandler(Keyring.generate(), MemCookiesHandlerTest::app));
    genuine = new java.util.LinkedHashMap<>(); // members to sealed values: sid and csrf together, pref alone
    for (String[] call : new String[][] {{"POST", "/login"}, {"GET", "/page"}}) {
      String jar = server.send(call[0], call[1], "x-cookies", "{}").headers().firstValue("x-cookies").orElseThrow();
      genuine.putAll(new JarHeader(Limits.DEFAULT).parse(jar).value());
    }
    tokens = new java.util.HashMap<>();
    genuine.forEach((member, value) -> {
      for (String name : JarHeader.names(member)) {
        tokens.put(name, value);
      }
    });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Status and body of a GET /echo with {@code header} as the raw bytes of x-cookies. */
  private static String[] send(byte[] header) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nx-cookies: ")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.write(header);
      out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String response = all.toString(StandardCharsets.ISO_8859_1);
      int body = response.indexOf("\r\n\r\n");
      return new String[] {response.substring(9, 12), body < 0 ? "" : response.substring(body + 4)};
    }
  }

  private static void check(byte[] header) throws Exception {
    String[] response = send(header);
    String shown = new String(header, 0, Math.min(header.length, 200), StandardCharsets.ISO_8859_1);
    assertNotEquals("500", response[0], shown);
    if (!response[0].equals("200")) {
      assertEquals("400", response[0], shown); // Undertow's own refusal of bytes no header may hold
      return;
    }
    Matcher api = API.matcher(response[1]);
    assertTrue(api.find(), response[1]);
    if (api.group(1).isEmpty()) {
      return;
    }
    String sent = new String(header, StandardCharsets.ISO_8859_1);
    for (String cookie : api.group(1).split(", ")) {
      String name = cookie.substring(0, cookie.indexOf('='));
      assertTrue(tokens.containsKey(name) && sentWith(sent, name, tokens.get(name)), "accepted " + cookie + " from " + shown);
    }
  }

  /** Whether {@code sent} has a member that names {@code name} with {@code token}, its genuine value. */
  private static boolean sentWith(String sent, String name, String token) {
    Matcher member = MEMBER.matcher(sent);
    while (member.find()) {
      if (member.group(2).equals(token) && List.of(member.group(1).split(" ")).contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void randomBytesNeverFail() throws Exception {
    for (int i = 0; i < 400; i++) {
      byte[] header = new byte[RANDOM.nextInt(300)];
      RANDOM.nextBytes(header);
      for (int j = 0; j < header.length; j++) {
        if (header[j] == '\r' || header[j] == '\n') {
          header[j] = ' ';
        }
      }
      check(header);
    }
  }

  @Test
  void truncatedJarsNeverGiveACookie() throws Exception {
    String jar = JarHeader.write(genuine);
    for (int length = 0; length < jar.length(); length++) {
      check(bytes(jar.substring(0, length)));
    }
  }

  @Test
  void reorderedAndAlteredValuesNeverGiveACookie() throws Exception {
    List<String> names = new ArrayList<>(genuine.keySet());
    List<String> values = new ArrayList<>(genuine.values());
    for (int i = 0; i < 300; i++) {
      Map<String, String> altered = new LinkedHashMap<>();
      Collections.shuffle(values, RANDOM);
      for (int n = 0; n < names.size(); n++) {
        String value = values.get(n);
        switch (RANDOM.nextInt(4)) {
          case 0 -> value = value.substring(value.length() / 2) + value.substring(0, value.length() / 2);
          case 1 -> {
            char[] chars = value.toCharArray();
            int a = RANDOM.nextInt(chars.length);
            int b = RANDOM.nextInt(chars.length);
            char t = chars[a];
            chars[a] = chars[b];
            chars[b] = t;
            value = new String(chars);
          }
          case 2 -> value = value.substring(0, RANDOM.nextInt(value.length()));
          default -> { }
        }
        altered.put(names.get(n), value);
      }
      check(bytes(JarHeader.write(altered)));
    }
  }

  @Test
  void hugeAndDeeplyNestedJsonNeverFails() throws Exception {
    check(bytes("{\"a\":\"" + "x".repeat(200_000) + "\"}"));
    check(bytes("[".repeat(50_000)));
    check(bytes("{\"a\":".repeat(5_000) + "\"x\"" + "}".repeat(5_000)));
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 5_000; i++) {
      many.append(i == 0 ? "" : ",").append("\"c").append(i).append("\":\"").append(tokens.get("sid")).append('"');
    }
    check(bytes(many.append('}').toString()));
    check(bytes("{\"sid\":\"" + tokens.get("sid") + "\",\"sid\":\"" + tokens.get("sid") + "\"}"));
    check(bytes("{\"sid csrf\":\"" + tokens.get("sid") + "\",\"csrf\":\"" + tokens.get("sid") + "\"}"));
  }

  @Test
  void theGenuineJarStillWorks() throws Exception {
    String[] response = send(bytes(JarHeader.write(genuine)));
    assertEquals("200", response[0]);
    assertTrue(response[1].endsWith("api={csrf=t0k3n, pref=dark, sid=user-42}"), response[1]);
  }
}
