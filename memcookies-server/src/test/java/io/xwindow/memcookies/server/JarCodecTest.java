package io.xwindow.memcookies.server;

import io.xwindow.memcookies.server.error.ErrorCode;

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

    assertEquals(List.of("b a"), List.copyOf(sealed.keySet()), "one value, b's first, a's last");
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
    String sid = seal(cookie("sid", "abc")).get("sid");
    Map<String, String> mixed = new java.util.LinkedHashMap<>();
    mixed.put("sid", sid);
    mixed.put("x", sid); // a value moved to another name: it holds no x
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

  @Test
  void sealsTheCookiesOfOneAnswerInOneValueWithTheirNamesOutside() {
    Map<String, String> sealed = seal(cookie("sid", "abc"), cookie("csrf", "xyz"), cookie("gone", "").setMaxAge(0));

    assertEquals(List.of("gone", "sid csrf"), List.copyOf(sealed.keySet()));
    assertNull(sealed.get("gone"));
    String alone = seal(cookie("sid", "abc")).get("sid");
    assertTrue(sealed.get("sid csrf").length() < 2 * alone.length() - 40,
        "one key id, nonce and tag for both: " + sealed.get("sid csrf").length() + " against 2 x " + alone.length());
    assertEquals(Map.of("sid", "abc", "csrf", "xyz"), open(Map.of("sid csrf", sealed.get("sid csrf")), "/", false, NOW).cookies());
  }

  @Test
  void givesOnlyTheNamesItsMemberListsAndRefusesANameTheValueDoesNotHold() {
    String both = seal(cookie("sid", "abc"), cookie("csrf", "xyz")).get("sid csrf");

    assertEquals(Map.of("csrf", "xyz"), open(Map.of("csrf", both), "/", false, NOW).cookies(),
        "sid was set again elsewhere: the client sends this value for csrf only");
    OpenedJar moved = open(Map.of("sid admin", both), "/", false, NOW);
    assertEquals(Map.of("sid", "abc"), moved.cookies());
    assertEquals(Set.of("admin"), moved.forget());
    assertEquals(1, stats.count(ErrorCode.TAMPERED));
  }

  @Test
  void forgetsEveryNameOfATamperedValueOrOneOfAnotherKey() {
    String both = seal(cookie("sid", "abc"), cookie("csrf", "xyz")).get("sid csrf");
    char last = both.charAt(both.length() - 5);
    String tampered = both.substring(0, both.length() - 5) + (last == 'A' ? 'B' : 'A') + both.substring(both.length() - 4);
    String foreign = new JarCodec(Keyring.generate(), Limits.DEFAULT, Duration.ofMinutes(20), 0, stats)
        .seal(List.of(cookie("sid", "abc"), cookie("csrf", "xyz")), "shop.example", "/login", NOW).get("sid csrf");

    OpenedJar changed = open(Map.of("sid csrf", tampered), "/", false, NOW);
    OpenedJar otherKey = open(Map.of("sid csrf", foreign), "/", false, NOW);

    assertEquals(Map.of(), changed.cookies());
    assertEquals(Set.of("sid", "csrf"), changed.forget());
    assertEquals(Map.of(), otherKey.cookies());
    assertEquals(Set.of("sid", "csrf"), otherKey.forget());
    assertEquals(2, stats.count(ErrorCode.TAMPERED));
    assertEquals(2, stats.count(ErrorCode.UNKNOWN_KEY));
  }

  @Test
  void sealsInSeveralValuesWhatOneValueCouldNotHoldWithinTheLimit() {
    Limits limits = new Limits(8192, 50, 400);
    JarCodec small = new JarCodec(keys, limits, Duration.ofMinutes(20), 0, stats);
    List<Cookie> many = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      many.add(cookie("c" + i, "v".repeat(60)));
    }

    Map<String, String> sealed = small.seal(many, "shop.example", "/", NOW);

    assertTrue(sealed.size() > 1, sealed.keySet().toString());
    sealed.values().forEach(value -> assertTrue(value.length() <= 400, value.length() + " characters"));
    assertEquals(8, small.open(JarHeader.write(sealed), "shop.example", "/", false, NOW).cookies().size());
    assertEquals(0, stats.count(ErrorCode.TOO_LARGE));
  }

  @Test
  void refusesAJarOverItsLimitsAsAWholeNeverGivingPartOfIt() {
    JarCodec tight = new JarCodec(keys, new Limits(8192, 2, 4096), Duration.ofMinutes(20), 0, stats);
    Map<String, String> three = seal(cookie("a", "1"), cookie("b", "2"), cookie("c", "3"));

    assertEquals(OpenedJar.EMPTY, tight.open(JarHeader.write(three), "shop.example", "/", false, NOW));
    assertEquals(1, stats.count(ErrorCode.TOO_LARGE));
  }
  /** The jar as memcookies.js sends it after two answers: each name with its value, names sharing one value as one member. */
  private static Map<String, String> jarOf(Map<String, String> first, Map<String, String> second) {
    Map<String, String> jar = new java.util.LinkedHashMap<>(first);
    jar.putAll(second);
    return jar;
  }

  @Test
  void offersAJarOfSeveralSealedValuesForSealingAgainAsOneWithEveryExpiryPathAndFlagKept() {
    Map<String, String> login = seal(cookie("sid", "abc"), cookie("csrf", "xyz").setMaxAge(600));
    Map<String, String> later = codec.seal(List.of(cookie("a", "1").setPath("/shop").setSecure(true)),
        "shop.example", "/shop/cart", NOW.plusSeconds(100));
    Instant at = NOW.plusSeconds(110);

    JarCodec.Opening opening = codec.opening(JarHeader.write(jarOf(login, later)), "shop.example", "/", false, at);

    assertEquals(Map.of("sid", "abc", "csrf", "xyz"), opening.jar().cookies());
    assertEquals(List.of("sid", "csrf", "a"), List.copyOf(opening.resealed().keySet()),
        "a, for HTTPS under /shop, too: left out, it would stay in a value of its own");
    Map<String, String> one = codec.seal(List.of(), opening.resealed(), "shop.example", "/", at);
    assertEquals(List.of("sid csrf a"), List.copyOf(one.keySet()));
    String header = JarHeader.write(one);
    assertEquals(Map.of("sid", "abc", "csrf", "xyz", "a", "1"), codec.open(header, "shop.example", "/shop", true, at).cookies());
    assertEquals(Map.of("sid", "abc"), codec.open(header, "shop.example", "/shop", false, NOW.plusSeconds(600)).cookies(),
        "csrf still expires 600 s after it was set, and a is still Secure");
    OpenedJar late = codec.open(header, "shop.example", "/shop", true, NOW.plusSeconds(1200));
    assertEquals(Map.of("a", "1"), late.cookies());
    assertEquals(Set.of("sid", "csrf"), late.forget(),
        "sid still expires at the ceiling from when it was set, not from when it was sealed again");
    assertEquals(Map.of(), codec.open(header, "other.example", "/", false, at).cookies(), "still bound to its host");
  }

  @Test
  void offersNothingToSealAgainForAJarOfOneSealedValue() {
    Map<String, String> login = seal(cookie("sid", "abc"), cookie("csrf", "xyz"));
    String both = login.get("sid csrf");

    assertEquals(Map.of(), codec.opening(JarHeader.write(login), "shop.example", "/", false, NOW).resealed());
    assertEquals(Map.of(), codec.opening(JarHeader.write(Map.of("sid", both, "csrf", both)), "shop.example", "/", false, NOW)
        .resealed(), "one value, under two members");
  }

  @Test
  void sealsAgainOnlyTheNamesTheMembersListAndNothingItForgets() {
    String both = seal(cookie("sid", "abc"), cookie("csrf", "xyz")).get("sid csrf");
    Map<String, String> jar = new java.util.LinkedHashMap<>();
    jar.put("csrf", both); // sid was removed since: the client sends this value for csrf only
    jar.put("pref", seal(cookie("pref", "dark")).get("pref"));
    jar.put("old", seal(cookie("old", "1").setMaxAge(5)).get("old"));
    jar.put("admin", both); // a value moved to a name it does not hold

    JarCodec.Opening opening = codec.opening(JarHeader.write(jar), "shop.example", "/", false, NOW.plusSeconds(5));

    assertEquals(Map.of("csrf", "xyz", "pref", "dark"), opening.jar().cookies());
    assertEquals(Set.of("old", "admin"), opening.jar().forget());
    assertEquals(List.of("csrf", "pref"), List.copyOf(opening.resealed().keySet()));
  }

  @Test
  void offersNothingToSealAgainWhenOneValueCouldNotHoldTheJar() {
    JarCodec small = new JarCodec(keys, new Limits(8192, 50, 400), Duration.ofMinutes(20), 0, stats);
    List<Cookie> many = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      many.add(cookie("c" + i, "v".repeat(60)));
    }
    String header = JarHeader.write(small.seal(many, "shop.example", "/", NOW));

    JarCodec.Opening opening = small.opening(header, "shop.example", "/", false, NOW);

    assertEquals(8, opening.jar().cookies().size());
    assertEquals(Map.of(), opening.resealed(), "sealed again, it would be in several values again");
  }
}
