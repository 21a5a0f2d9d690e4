package io.xwindow.postrobot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** String domain patterns on the JVM (RegExps and arrays are JavaScript values: browser tests). */
class DomainPatternTest {
  @Test
  void anExactOriginRanksExactAndOnlyThatOrigin() {
    assertEquals(DomainPattern.EXACT, DomainPattern.rank("https://a.test", "https://a.test"));
    assertEquals(DomainPattern.NONE, DomainPattern.rank("https://a.test", "https://a.test.evil"));
    assertEquals(DomainPattern.NONE, DomainPattern.rank("https://a.test", "http://a.test"));
  }

  @Test
  void theWildcardAdmitsAnyOriginLast() {
    assertEquals(DomainPattern.WILDCARD, DomainPattern.rank("*", "https://a.test"));
    assertTrue(DomainPattern.matches("*", "file://"));
  }

  @Test
  void aStringIsAValidPattern() {
    assertTrue(DomainPattern.isValid("https://a.test"));
    assertTrue(DomainPattern.isValid("*"));
  }

  @Test
  void onlyAConcreteOriginIsATargetOrigin() {
    assertEquals("https://a.test", DomainPattern.single("https://a.test"));
    assertNull(DomainPattern.single("*"));
  }

  @Test
  void aStringPatternIsDescribedAsItself() {
    assertEquals("https://a.test", DomainPattern.describe("https://a.test"));
  }
}
