package io.xwindow.postrobot.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.postrobot.domain.DomainPattern;
import org.junit.jupiter.api.Test;

/** Which listener answers a request: post-robot's order, on the JVM. */
class ListenerFitTest {
  @Test
  void aListenerThatDoesNotHearTheWindowNeverFits() {
    assertEquals(-1, Listener.fit(false, false, DomainPattern.EXACT));
    assertEquals(-1, Listener.fit(false, true, DomainPattern.WILDCARD));
  }

  @Test
  void aListenerWhoseDomainRefusesTheOriginNeverFits() {
    assertEquals(-1, Listener.fit(true, false, DomainPattern.NONE));
    assertEquals(-1, Listener.fit(true, true, DomainPattern.NONE));
  }

  @Test
  void aListenerForTheVeryWindowWinsOverOneForAnyWindow() {
    assertTrue(Listener.fit(true, false, DomainPattern.WILDCARD)
        < Listener.fit(true, true, DomainPattern.EXACT));
  }

  @Test
  void withinAWindowAnExactOriginWinsOverAPatternOverTheWildcard() {
    for (boolean any : new boolean[] {false, true}) {
      int exact = Listener.fit(true, any, DomainPattern.EXACT);
      int pattern = Listener.fit(true, any, DomainPattern.PATTERN);
      int wildcard = Listener.fit(true, any, DomainPattern.WILDCARD);
      assertTrue(exact < pattern && pattern < wildcard, "any window: " + any);
    }
  }
}
