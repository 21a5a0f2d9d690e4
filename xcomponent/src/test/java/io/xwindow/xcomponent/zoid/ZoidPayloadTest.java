package io.xwindow.xcomponent.zoid;

import static io.xwindow.xcomponent.props.JvmHost.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xwindow.xcomponent.props.JvmHost;
import org.junit.jupiter.api.Test;

/** What a zoid 10 parent writes for its child, written and read on the JVM. */
class ZoidPayloadTest {
  private final JvmHost host = new JvmHost();

  @Test
  void theEnvelopeSaysWhoSentItWhereItIsAndCarriesThePayloadInline() {
    Object envelope = ZoidPayload.envelope(host, "https://shop.example",
        ZoidPayload.windowRef(host, false, 0), "{\"uid\":\"u1\"}");

    assertEquals("{\"sender\":{\"domain\":\"https://shop.example\"},"
        + "\"metaData\":{\"windowRef\":{\"type\":\"parent\",\"distance\":0}},"
        + "\"reference\":{\"type\":\"raw\",\"val\":\"{\\\"uid\\\":\\\"u1\\\"}\"}}", host.json(envelope));
    assertEquals("{\"uid\":\"u1\"}", ZoidPayload.serialized(host, envelope));
  }

  @Test
  void aPopupsParentIsItsOpener() {
    assertEquals("{\"type\":\"opener\"}", host.json(ZoidPayload.windowRef(host, true, 3)));
  }

  @Test
  void thePayloadHasEveryFieldAZoidChildReads() {
    Object payload = ZoidPayload.payload(host, "u1", "log-in", "iframe", "https://auth.example",
        obj("email", "ann@example.com"), obj(), true);

    assertEquals("{\"uid\":\"u1\",\"context\":\"iframe\",\"tag\":\"log-in\","
        + "\"childDomainMatch\":\"https://auth.example\",\"version\":\"10_6_0\","
        + "\"props\":{\"email\":\"ann@example.com\"},\"exports\":{},\"enableBfcache\":true}",
        host.json(payload));
    assertNull(ZoidPayload.problem(host, payload, "log-in"), "our own payload is one we read");
  }

  @Test
  void aPayloadKeptInTheParentsGlobalIsNotInline() {
    Object byUid = obj("reference", obj("type", "uid", "uid", "uid_1"));

    assertNull(ZoidPayload.serialized(host, byUid));
    assertNull(ZoidPayload.serialized(host, obj()));
    assertNull(ZoidPayload.serialized(host, obj("reference", obj("type", "raw", "val", 1.0))));
  }

  private int steps(Object windowRef, int ownDistance) {
    return ZoidPayload.parentSteps(host, obj("metaData", obj("windowRef", windowRef)), ownDistance);
  }

  @Test
  void theParentIsFoundFromTheDistanceItWroteAndOurOwn() {
    assertEquals(ZoidPayload.OPENER, steps(obj("type", "opener"), 0));
    assertEquals(1, steps(obj("type", "parent", "distance", 0.0), 1), "a frame of the top page");
    assertEquals(1, steps(obj("type", "parent", "distance", 2.0), 3), "a frame of a frame's frame");
    assertEquals(2, steps(obj("type", "parent", "distance", 1.0), 3),
        "a page that framed us into a frame of its own");
  }

  @Test
  void referencesThisDialectDoesNotFollowAreUnknown() {
    assertEquals(ZoidPayload.UNKNOWN, steps(obj("type", "parent", "distance", 1.0), 1), "ourselves");
    assertEquals(ZoidPayload.UNKNOWN, steps(obj("type", "parent", "distance", 4.0), 1), "below us");
    assertEquals(ZoidPayload.UNKNOWN, steps(obj("type", "parent", "distance", 0.5), 1));
    assertEquals(ZoidPayload.UNKNOWN, steps(obj("type", "parent"), 1));
    assertEquals(ZoidPayload.UNKNOWN, steps(obj("type", "global", "uid", "uid_1"), 1));
    assertEquals(ZoidPayload.UNKNOWN, steps(obj("type", "name", "name", "frame"), 1));
    assertEquals(ZoidPayload.UNKNOWN, steps(null, 1));
    assertEquals(ZoidPayload.UNKNOWN, ZoidPayload.parentSteps(host, obj(), 1));
  }

  private static JvmHost.Obj payload(String version, String tag, Object uid, String context) {
    return obj("version", version, "tag", tag, "uid", uid, "context", context);
  }

  @Test
  void anyZoid10ParentWillDo() {
    assertNull(ZoidPayload.problem(host, payload("10_5_2", "log-in", "u", "iframe"), "log-in"));
    assertNull(ZoidPayload.problem(host, payload("10_5_6", "log-in", "u", "popup"), "log-in"));
  }

  @Test
  void anotherMajorVersionIsAProblemThatNamesIt() {
    assertEquals("The parent window has zoid version 9_0_86, this child speaks zoid 10",
        ZoidPayload.problem(host, payload("9_0_86", "log-in", "u", "iframe"), "log-in"));
    assertEquals("The parent window has zoid version 10, this child speaks zoid 10",
        ZoidPayload.problem(host, payload("10", "log-in", "u", "iframe"), "log-in"),
        "zoid's versions have underscores");
    assertEquals("The parent window has zoid version undefined, this child speaks zoid 10",
        ZoidPayload.problem(host, obj(), "log-in"));
  }

  @Test
  void aPayloadForAnotherTagWithoutUidOrWithAnUnknownContextIsAProblem() {
    assertEquals("The parent rendered card, not log-in",
        ZoidPayload.problem(host, payload("10_6_0", "card", "u", "iframe"), "log-in"));
    assertEquals("The parent gave no uid",
        ZoidPayload.problem(host, payload("10_6_0", "log-in", 1.0, "iframe"), "log-in"));
    assertEquals("Unrecognized context: lightbox",
        ZoidPayload.problem(host, payload("10_6_0", "log-in", "u", "lightbox"), "log-in"));
  }

  @Test
  void aZoidChildRefusingItsParentSaysSoInZoidsWords() {
    assertTrue(ZoidPayload.refusesParent("Can not be rendered by domain: http://127.0.0.1:8001"));
    assertFalse(ZoidPayload.refusesParent("Card declined"));
    assertFalse(ZoidPayload.refusesParent(null));
  }
}
