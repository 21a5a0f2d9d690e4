package io.xwindow.memcookies.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.handlers.Cookie;
import io.undertow.server.handlers.CookieImpl;
import io.xwindow.memcookies.server.seal.Keyring;
import io.xwindow.memcookies.server.wire.JarHeader;
import io.xwindow.memcookies.server.wire.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The jar's rules on the JVM: tombstones, expiry and its ceiling, Secure and Path. */
class JarCodecTest {
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
  private final Keyring keys = Keyring.generate();
  private final MemCookiesStats stats = new MemCookiesStats();
  private final JarCodec codec = new JarCodec(keys, Limits.DEFAULT, Duration.ofMinutes(20), JarCodec.DEFAULT_CACHE_SIZE, stats);

  private static Cookie cookie(String name, String value) {
    return new CookieImpl(name, value);
  }

  private Map<String, String> seal(Cookie... cookies) {
    return codec.seal(List.of(cookies), "shop.example", "/login", NOW);
  }

  private OpenedJar open(Map<String, String> sealed, String path, boolean https, Instant at) {
    return codec.open(JarHeader.write(sealed), "shop.example", path, https, at);
  }

  @Test
  void givesBackWhatWasSetUntilTheCeiling() {
    Map<String, String> sealed = seal(cookie("sid", "abc"), cookie("csrf", "xyz"));

    assertEquals(Map.of("sid", "abc", "csrf", "xyz"), open(sealed, "/app/x", false, NOW).cookies());
    assertEquals("sid=abc; csrf=xyz", open(sealed, "/app/x", false, NOW.plusSeconds(1199)).cookieHeader());
    OpenedJar late = open(sealed, "/app/x", false, NOW.plusSeconds(1200));
    assertEquals(Map.of(), late.cookies());
    assertEquals(java.util.Set.of("sid", "csrf"), late.forget(), "an expired value is forgotten");
    assertEquals(2, stats.count(ErrorCode.EXPIRED));
  }

  @Test
  void honoursAShorterMaxAgeOrExpires() {
    Map<String, String> sealed = seal(cookie("a", "1").setMaxAge(60),
        cookie("b", "2").setExpires(Date.from(NOW.plusSeconds(120))));

    assertEquals(Map.of("a", "1", "b", "2"), open(sealed, "/", false, NOW.plusSeconds(59)).cookies());
    assertEquals(Map.of("b", "2"), open(sealed, "/", false, NOW.plusSeconds(60)).cookies());
    assertEquals(Map.of(), open(sealed, "/", false, NOW.plusSeconds(120)).cookies());
  }

  @Test
  void turnsRemovedCookiesIntoTombstones() {
    Map<String, String> sealed = seal(cookie("a", "").setMaxAge(0), cookie("b", "x").setExpires(new Date(1000)),
        cookie("c", "x").setExpires(new Date(0)), cookie("d", "x").setExpires(Date.from(NOW)),
        cookie("e", "x").setMaxAge(10).setExpires(new Date(0)));

    assertNull(sealed.get("a"));
    assertNull(sealed.get("b"));
    assertNull(sealed.get("c"));
    assertNull(sealed.get("d"));
    assertEquals(5, sealed.size());
    assertEquals(Map.of("e", "x"), open(Map.of("e", sealed.get("e")), "/", false, NOW).cookies(),
        "Max-Age wins over Expires");
  }

  @Test
  void keepsTheLastCookieOfAName() {
    Map<String, String> sealed = seal(cookie("a", "1"), cookie("b", "2"), cookie("a", "3"));

    assertEquals(List.of("b", "a"), List.copyOf(sealed.keySet()));
    assertEquals(Map.of("a", "3", "b", "2"), open(sealed, "/", false, NOW).cookies());
  }

  @Test
  void refusesAValueAfterTheCeilingIsLowered() {
    Map<String, String> sealed = seal(cookie("sid", "abc"));
    JarCodec stricter = new JarCodec(keys, Limits.DEFAULT, Duration.ofMinutes(5), 0, stats);

    assertEquals(Map.of(), stricter.open(JarHeader.write(sealed), "shop.example", "/", false, NOW).cookies());
    assertThrows(IllegalArgumentException.class,
        () -> new JarCodec(keys, Limits.DEFAULT, Duration.ofMinutes(21), 0, stats));
    assertThrows(IllegalArgumentException.class,
        () -> new JarCodec(keys, Limits.DEFAULT, Duration.ofMinutes(20), -1, stats));
  }

  @Test
  void givesSecureCookiesOnlyOverHttpsAndKeepsThemInTheJar() {
    Map<String, String> sealed = seal(cookie("sid", "abc").setSecure(true));

    OpenedJar plain = open(sealed, "/", false, NOW);
    assertEquals(Map.of(), plain.cookies());
    assertTrue(plain.forget().isEmpty());
    assertEquals(Map.of("sid", "abc"), open(sealed, "/", true, NOW).cookies());
    assertEquals(1, stats.count(ErrorCode.NOT_SECURE));
  }

  @Test
  void givesCookiesOnlyUnderTheirPath() {
    Map<String, String> sealed = codec.seal(List.of(cookie("a", "1").setPath("/shop"), cookie("b", "2")),
        "shop.example", "/app/login", NOW);

    assertEquals(Map.of("a", "1"), open(sealed, "/shop/cart", false, NOW).cookies());
    assertEquals(Map.of("b", "2"), open(sealed, "/app/x", false, NOW).cookies(), "b's default path is /app");
    assertEquals(Map.of(), open(sealed, "/shopping", false, NOW).cookies());
    assertTrue(open(sealed, "/shopping", false, NOW).forget().isEmpty(), "kept for their own paths");
  }

  @Test
  void matchesPathsAsRfc6265Says() {
    assertTrue(JarCodec.pathMatches("/a/b", "/a"));
    assertTrue(JarCodec.pathMatches("/a/", "/a/"));
    assertTrue(JarCodec.pathMatches("/a/b", "/a/"));
    assertFalse(JarCodec.pathMatches("/ab", "/a"));
    assertEquals("/", JarCodec.defaultPath("/login"));
    assertEquals("/", JarCodec.defaultPath(""));
    assertEquals("/app", JarCodec.defaultPath("/app/login"));
  }

  @Test
  void leavesOutOnlyTheBadValues() {
    Map<String, String> sealed = seal(cookie("sid", "abc"), cookie("x", "1"));
    Map<String, String> mixed = new java.util.LinkedHashMap<>(sealed);
    mixed.put("x", sealed.get("sid"));
    mixed.put("junk", "%%%");

    OpenedJar jar = open(mixed, "/", false, NOW);

    assertEquals(Map.of("sid", "abc"), jar.cookies());
    assertEquals(java.util.Set.of("x", "junk"), jar.forget());
    assertEquals(1, stats.count(ErrorCode.TAMPERED));
    assertEquals(1, stats.count(ErrorCode.MALFORMED));
  }

  @Test
  void takesARememberedValueOnlyForTheNameAndHostItOpenedFor() {
    String sid = seal(cookie("sid", "abc")).get("sid");
    assertEquals(Map.of("sid", "abc"), open(Map.of("sid", sid), "/", false, NOW).cookies());

    assertEquals(Map.of("sid", "abc"), open(Map.of("sid", sid), "/", false, NOW).cookies(), "remembered");
    assertEquals(Map.of(), open(Map.of("admin", sid), "/", false, NOW).cookies());
    assertEquals(Map.of(), codec.open(JarHeader.write(Map.of("sid", sid)), "evil.example", "/", false, NOW).cookies());
    assertEquals(2, stats.count(ErrorCode.TAMPERED));
    assertEquals(Map.of(), open(Map.of("sid", sid), "/", false, NOW.plusSeconds(1200)).cookies(), "and still expires");
  }

  @Test
  void countsAMalformedHeaderAsAnEmptyJar() {
    assertEquals(OpenedJar.EMPTY, codec.open("{\"a\":{}}", "shop.example", "/", false, NOW));
    assertEquals(1, stats.count(ErrorCode.MALFORMED));
  }

  @Test
  void answersASessionsUnchangedJarAgainWithoutJudgingItAgain() {
    String header = JarHeader.write(seal(cookie("sid", "abc"), cookie("csrf", "xyz")));

    codec.open(header, "shop.example", "/app", false, NOW);
    OpenedJar judged = codec.open(header, "shop.example", "/app", false, NOW.plusSeconds(1));
    OpenedJar again = codec.open(header, "shop.example", "/app", false, NOW.plusSeconds(2));

    assertSame(judged, again, "the same jar for the same path and scheme is answered as it was");
    assertEquals("sid=abc; csrf=xyz", codec.opening(header, "shop.example", "/app", false, NOW.plusSeconds(3)).cookieHeader());
  }

  @Test
  void judgesAnUnchangedJarAfreshForAnotherRequestOrTime() {
    Map<String, String> sealed = codec.seal(List.of(cookie("a", "1").setPath("/shop").setSecure(true),
        cookie("b", "2").setMaxAge(60)), "shop.example", "/login", NOW);
    String header = JarHeader.write(sealed);
    for (int i = 0; i < 3; i++) { // remembered for /shop over HTTPS
      assertEquals(Map.of("a", "1", "b", "2"), codec.open(header, "shop.example", "/shop", true, NOW.plusSeconds(i)).cookies());
    }

    assertEquals(Map.of("b", "2"), codec.open(header, "shop.example", "/shop", false, NOW.plusSeconds(3)).cookies());
    assertEquals(Map.of("b", "2"), codec.open(header, "shop.example", "/other", true, NOW.plusSeconds(3)).cookies());
    assertEquals(Map.of("a", "1"), codec.open(header, "shop.example", "/shop", true, NOW.plusSeconds(60)).cookies());
    assertEquals(Set.of("b"), codec.open(header, "shop.example", "/shop", true, NOW.plusSeconds(61)).forget());
    // a clock set back 20 minutes: both expiries now lie beyond the ceiling, as if forged
    assertEquals(Map.of(), codec.open(header, "shop.example", "/shop", true, NOW.minusSeconds(1200)).cookies());
    assertEquals(Map.of(), codec.open(header, "other.example", "/shop", true, NOW.plusSeconds(4)).cookies());
    assertEquals(2, stats.count(ErrorCode.TAMPERED), "another host's values do not authenticate");
  }
}
