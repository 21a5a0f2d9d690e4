package io.xwindow.postrobot.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.xwindow.postrobot.browser.JavaTable;
import org.junit.jupiter.api.Test;

/** Which proxy a window id names, by who sent it, on the JVM. */
class WindowIdsTest {
  private final Object partner = new Object();
  private final Object hostile = new Object();
  private final WindowIds<Object, String> ids =
      new WindowIds<>(new JavaTable<>(), new JavaTable<>(), JavaTable::new);

  @Test
  void anIdWeMadeNamesOurProxyWhoeverSendsItBack() {
    ids.addOurs("uid_ours", "our proxy of the sibling frame");

    assertEquals("our proxy of the sibling frame", ids.find(partner, "uid_ours"));
    assertEquals("our proxy of the sibling frame", ids.find(hostile, "uid_ours"));
  }

  @Test
  void anIdAnotherWindowSentNamesItsProxyForThatWindowOnly() {
    ids.addTheirs(partner, "uid_partner_1", "the partner's window");

    assertEquals("the partner's window", ids.find(partner, "uid_partner_1"));
    assertNull(ids.find(hostile, "uid_partner_1"));
  }

  @Test
  void aWindowThatSendsAPartnersNextIdFirstDoesNotStandInForThePartnersWindow() {
    ids.addTheirs(hostile, "uid_partner_2", "the hostile frame's handle");

    assertNull(ids.find(partner, "uid_partner_2"), "the partner's window gets a proxy of its own");
    ids.addTheirs(partner, "uid_partner_2", "the partner's window");
    assertEquals("the partner's window", ids.find(partner, "uid_partner_2"));
    assertEquals("the hostile frame's handle", ids.find(hostile, "uid_partner_2"));
  }

  @Test
  void anotherWindowsIdNeverReplacesOneOfOurs() {
    ids.addOurs("uid_ours", "our proxy");
    ids.addTheirs(hostile, "uid_ours", "a claim");

    assertEquals("our proxy", ids.find(hostile, "uid_ours"));
  }

  @Test
  void ourProxiesCanBeForgotten() {
    ids.addOurs("uid_closed", "a proxy of a closed frame");
    ids.addOurs("uid_open", "a proxy of an open frame");

    ids.forEachOurs((proxy, id) -> {
      if (proxy.contains("closed")) {
        ids.forgetOurs(id);
      }
    });

    assertNull(ids.find(partner, "uid_closed"));
    assertEquals("a proxy of an open frame", ids.find(partner, "uid_open"));
  }
}
