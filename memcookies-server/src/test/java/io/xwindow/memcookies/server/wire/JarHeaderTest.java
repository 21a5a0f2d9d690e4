package io.xwindow.memcookies.server.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.memcookies.server.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JarHeaderTest {
  private final JarHeader header = new JarHeader(new Limits(200, 3, 20));

  @Test
  void readsAFlatObjectOfStringsInOrder() {
    assertEquals(Map.of("b", "2", "a", "1"), header.parse("{\"b\":\"2\", \"a\":\"1\"}").value());
    assertEquals(Map.of(), header.parse(" {} ").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "null", "[]", "\"x\"", "{", "{\"a\":\"1\"", "{\"a\":1}", "{\"a\":null}", "{\"a\":{\"b\":\"c\"}}",
      "{\"a\":[\"1\"]}", "{\"a\":\"1\",\"a\":\"2\"}", "{\"a\":\"1\"} {}", "{\"a\":\"1\"}x", "{'a':'1'}",
      "{a:\"1\"}", "{\"a  b\":\"1\"}", "{\" a\":\"1\"}", "{\"a \":\"1\"}", "{\"a b\":\"1\",\"b\":\"2\"}",
      "{\"a a\":\"1\"}", "{\"a\tb\":\"1\"}", "{\"a;b\":\"1\"}", "{\"\":\"1\"}", "{\"a=\":\"1\"}", "{/*c*/}",
      "{\"é\":\"1\"}", "{\"a\":\"1\",}"})
  void refusesAnythingElseAsMalformed(String text) {
    assertEquals(ErrorCode.MALFORMED, header.parse(text).error().code(), text);
  }

  @Test
  void readsMembersOfCookiesSealedTogether() {
    assertEquals(Map.of("a b", "1", "c", "2"), header.parse("{\"a b\":\"1\",\"c\":\"2\"}").value());
    assertEquals(java.util.List.of("a", "b"), java.util.List.of(JarHeader.names("a b")));
    assertEquals("a b", JarHeader.member(java.util.List.of("a", "b")));
    assertEquals(ErrorCode.TOO_LARGE, header.parse("{\"a b c d\":\"1\"}").error().code(), "4 cookies, in one member");
  }

  @Test
  void refusesJsonEscapesThatNoTokenOrCookieNameNeeds() {
    for (String text : new String[] {"{\"a\":\"\\u0041\"}", "{\"\\u0061\":\"1\"}", "{\"a\":\"\\/\"}",
        "{\"a\":\"1\\\"\"}"}) {
      assertEquals(ErrorCode.MALFORMED, header.parse(text).error().code(), text);
    }
  }

  @Test
  void refusesOversizedHeadersCountsAndValues() {
    assertEquals(ErrorCode.TOO_LARGE, header.parse("{\"a\":\"" + "x".repeat(200) + "\"}").error().code());
    assertEquals(ErrorCode.TOO_LARGE, header.parse("{\"a\":\"" + "x".repeat(21) + "\"}").error().code());
    assertEquals(ErrorCode.TOO_LARGE,
        header.parse("{\"a\":\"1\",\"b\":\"1\",\"c\":\"1\",\"d\":\"1\"}").error().code());
    assertTrue(header.parse("{\"a\":\"1\",\"b\":\"1\",\"c\":\"" + "x".repeat(20) + "\"}").isOk());
  }

  @Test
  void refusesDeepNestingWithoutFailing() {
    assertEquals(ErrorCode.MALFORMED, new JarHeader(Limits.DEFAULT).parse("[".repeat(5000)).error().code());
    assertEquals(ErrorCode.MALFORMED,
        new JarHeader(Limits.DEFAULT).parse("{\"a\":" + "{\"a\":".repeat(1000) + "}".repeat(1001)).error().code());
  }

  @Test
  void writesChangesWithNullTombstones() {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("sid", "AbC_-1");
    changes.put("old", null);

    assertEquals("{\"sid\":\"AbC_-1\",\"old\":null}", JarHeader.write(changes));
    assertEquals("{}", JarHeader.write(Map.of()));
    Map<String, String> odd = new java.util.LinkedHashMap<>();
    odd.put("a\"b", "c\\d\n");
    odd.put("é", null);
    assertEquals("{\"a\\\"b\":\"c\\\\d\\n\",\"é\":null}", JarHeader.write(odd), "escaped where needed, by Jackson");
  }

  @Test
  void writesTheMiddlewaresOwnChangesAsWriteDoesWithoutLookingForEscapes() {
    Map<String, String> changes = new LinkedHashMap<>();
    changes.put("old", null);
    changes.put("sid csrf __Host-x.v2", "AbC_-1");
    changes.put("theme", "Zz09-_");

    assertEquals(JarHeader.write(changes), JarHeader.writeSealed(changes));
    assertEquals("{\"old\":null,\"sid csrf __Host-x.v2\":\"AbC_-1\",\"theme\":\"Zz09-_\"}", JarHeader.writeSealed(changes));
    assertEquals("{}", JarHeader.writeSealed(Map.of()));
  }

  @Test
  void acceptsOnlyHttpTokensAsCookieNames() {
    assertTrue(JarHeader.isCookieName("__Host-sid.v2"));
    assertFalse(JarHeader.isCookieName("a\"b"));
    assertFalse(JarHeader.isCookieName("a,b"));
    assertFalse(JarHeader.isCookieName("x".repeat(257)));
  }
}
