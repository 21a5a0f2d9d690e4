package io.xwindow.xcomponent.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowNameTest {
  @Test
  void carriesTagUidAndReferenceOnly() {
    String name = new WindowName("log-in", "abc123", WindowName.OPENER).encode();

    assertEquals("__xcomponent__log_in__abc123__o__", name);
    WindowName parsed = WindowName.parse(name);
    assertEquals("log-in", parsed.tag);
    assertEquals("abc123", parsed.uid);
    assertEquals(WindowName.OPENER, parsed.ref);
    assertTrue(parsed.isFor("log-in"));
    assertFalse(parsed.isFor("log-out"));
  }

  @Test
  void aTagWithoutDashesAndOneWithManyBothRoundTrip() {
    assertEquals("card", WindowName.parse(new WindowName("card", "u1", "p").encode()).tag);
    assertEquals("a-b-c", WindowName.parse(new WindowName("a-b-c", "u1", "p").encode()).tag);
  }

  @Test
  void refusesNamesThatAreNotOurs() {
    assertNull(WindowName.parse(null));
    assertNull(WindowName.parse(""));
    assertNull(WindowName.parse("checkout"));
    assertNull(WindowName.parse("__zoid__log_in__eyJ9__"));
    assertNull(WindowName.parse("__xcomponent__log_in__abc__"));
    assertNull(WindowName.parse("__xcomponent__log_in__abc__x__"));
    assertNull(WindowName.parse("__xcomponent____abc__p__"));
    assertNull(WindowName.parse("__xcomponent__log_in__ABC!__p__"));
    assertNull(WindowName.parse("__xcomponent__log_in__abc__p"));
  }

  @Test
  void aRenderedToChildFindsItsParentByFrameIndexes() {
    WindowName parsed = WindowName.parse(new WindowName("card", "u1", "p.0.12").encode());

    assertEquals(0, parsed.frameAt(0));
    assertEquals(12, parsed.frameAt(1));
    assertEquals(-1, parsed.frameAt(2));
    assertFalse(parsed.viaOpener());
    WindowName viaOpener = WindowName.parse("__xcomponent__card__u1__o.3__");
    assertEquals(3, viaOpener.frameAt(0));
    assertEquals(-1, viaOpener.frameAt(1));
    assertTrue(viaOpener.viaOpener());
    assertEquals(-1, WindowName.parse("__xcomponent__card__u1__p__").frameAt(0));
  }

  @Test
  void refusesMalformedFramePaths() {
    assertNull(WindowName.parse("__xcomponent__card__u1__p.__"));
    assertNull(WindowName.parse("__xcomponent__card__u1__p..1__"));
    assertNull(WindowName.parse("__xcomponent__card__u1__p1__"));
    assertNull(WindowName.parse("__xcomponent__card__u1__p.1a__"));
    assertNull(WindowName.parse("__xcomponent__card__u1__x.1__"));
  }
}
