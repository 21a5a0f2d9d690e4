package io.xwindow.xcomponent.zoid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** zoid 10's window name, read as zoid reads it and written as zoid writes it. */
class ZoidNameTest {
  @Test
  void aNameIsTheTagWithUnderscoresThenThePayload() {
    assertEquals("__zoid__log_in__eyJhIjoxfQ__", ZoidName.encode("log-in", "eyJhIjoxfQ"));
  }

  @Test
  void readsBackTheTagAndThePayload() {
    ZoidName name = ZoidName.parse("__zoid__log_in__eyJhIjoxfQ__");

    assertEquals("log-in", name.tag);
    assertEquals("eyJhIjoxfQ", name.payload);
    assertTrue(name.isFor("log-in"));
    assertFalse(name.isFor("log-out"));
  }

  @Test
  void aPayloadWithoutItsClosingSeparatorIsReadAsZoidReadsIt() {
    assertEquals("abc", ZoidName.parse("__zoid__card__abc").payload);
    assertEquals("abc", ZoidName.parse("__zoid__card__abc__and_more").payload);
  }

  @Test
  void otherNamesAreNotZoids() {
    assertNull(ZoidName.parse(null));
    assertNull(ZoidName.parse(""));
    assertNull(ZoidName.parse("checkout"));
    assertNull(ZoidName.parse("__xcomponent__log_in__a1b2__p__"));
    assertNull(ZoidName.parse("__zoid____payload__"), "no tag");
    assertNull(ZoidName.parse("__zoid__log_in____"), "no payload");
    assertNull(ZoidName.parse("__zoid__log_in"), "no payload");
    assertNull(ZoidName.parse("__zoid_prerender_frame__log_in_uid_1__"), "zoid's prerender frame");
  }
}
