package io.xwindow.postrobot.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.postrobot.browser.JavaTable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** Which id a function handed to a window gets there, and what each id names, on the JVM. */
class FunctionTableTest {
  private static final String PARTNER_ORIGIN = "https://partner.example";
  private final Object partner = new Object();
  private final Object hostile = new Object();
  private final Object pay = new Object();
  private final Deque<String> fresh = new ArrayDeque<>(Arrays.asList("uid_1", "uid_2", "uid_3", "uid_4"));
  private final FunctionTable table = new FunctionTable(new JavaTable<>(), new JavaTable<>(), fresh::pop);

  private StoredFunction ours(Object function) {
    return table.store(function, null, null, "pay", PARTNER_ORIGIN);
  }

  private StoredFunction relayed(Object proxy, Object owner, String ownerId) {
    return table.store(proxy, owner, ownerId, "pay", PARTNER_ORIGIN);
  }

  @Test
  void aFunctionOfOursGetsAFreshIdAndKeepsIt() {
    StoredFunction first = ours(pay);
    StoredFunction again = ours(pay);

    assertEquals("uid_1", first.id);
    assertSame(first, again);
    assertEquals(2, again.sent);
    assertEquals(1, table.size());
    assertSame(pay, table.find("uid_1").function);
  }

  @Test
  void aRelayedHandleCarryingTheIdOfOurFunctionNeverReplacesIt() {
    StoredFunction ourPay = ours(pay);
    Object forged = new Object();

    StoredFunction handle = relayed(forged, hostile, ourPay.id);

    assertNotEquals(ourPay.id, handle.id);
    assertSame(pay, table.find(ourPay.id).function, "the partner's call still reaches our function");
    assertSame(forged, table.find(handle.id).function);
    assertSame(handle, relayed(forged, hostile, ourPay.id), "and the handle keeps its own id");
    assertEquals(2, table.size());
  }

  @Test
  void aRelayedHandleKeepsItsOwnersIdWhileThatIdIsFree() {
    StoredFunction handle = relayed(new Object(), partner, "uid_partner_7");

    assertEquals("uid_partner_7", handle.id);
    assertEquals(4, fresh.size(), "no fresh id drawn");
  }

  @Test
  void theSameFunctionOfTheSameOwnerArrivingAsAnotherProxySharesItsEntry() {
    Object proxy = new Object();
    Object sameFunctionAgain = new Object();

    StoredFunction first = relayed(proxy, partner, "uid_partner_7");
    StoredFunction second = relayed(sameFunctionAgain, partner, "uid_partner_7");

    assertSame(first, second);
    assertEquals(2, second.sent);
    assertEquals(1, table.size());
  }

  @Test
  void aHandleOfAnotherWindowWithATakenIdGetsAFreshOne() {
    Object partners = new Object();
    Object hostiles = new Object();
    relayed(partners, partner, "uid_shared");

    StoredFunction claim = relayed(hostiles, hostile, "uid_shared");

    assertEquals("uid_1", claim.id);
    assertSame(partners, table.find("uid_shared").function);
  }

  @Test
  void aFreshIdNeverLandsOnAnIdARelayedHandleTook() {
    Object forged = new Object();
    relayed(forged, hostile, "uid_1"); // a handle that guessed the next fresh id

    StoredFunction ourPay = ours(pay);

    assertEquals("uid_2", ourPay.id);
    assertSame(forged, table.find("uid_1").function);
    assertSame(pay, table.find("uid_2").function);
  }

  @Test
  void aFunctionIsForgottenOnceEveryCopySentIsReleased() {
    ours(pay);
    ours(pay);

    assertFalse(table.released("uid_1", 1), "one copy is still on its way");
    assertSame(pay, table.find("uid_1").function);
    assertTrue(table.released("uid_1", 1));
    assertNull(table.find("uid_1"));
    assertEquals(0, table.size());
    assertEquals("uid_2", ours(pay).id, "sent again, it is stored afresh");
    assertFalse(table.released("uid_unknown", 1));
  }
}
