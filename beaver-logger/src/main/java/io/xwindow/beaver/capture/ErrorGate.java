package io.xwindow.beaver.capture;

import io.xwindow.beaver.buffer.Lines;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * Lets an uncaught error through once (the same message from the same place is logged once among
 * the last {@value #REMEMBERED} kinds) and at most {@value #PER_MINUTE} a minute, so a page that
 * throws in a loop cannot flood its own buffer. A plain JavaScript object in the browser, as
 * {@link io.xwindow.beaver.buffer.Buffer} (J2CL's {@code Object} stays out of the bundle).
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class ErrorGate {
  @JsOverlay
  static final int REMEMBERED = 50;
  @JsOverlay
  static final int PER_MINUTE = 10;

  private Lines seen;
  private double windowStart;
  private int inWindow;

  /** Remembers the kinds seen in {@code seen}. */
  @JsOverlay
  public static ErrorGate of(Lines seen) {
    ErrorGate gate = new ErrorGate();
    gate.seen = seen;
    gate.windowStart = -60_000;
    gate.inWindow = 0;
    return gate;
  }

  /** Whether the error of kind {@code key}, at {@code now} ms, is logged. */
  @JsOverlay
  public boolean admit(String key, double now) {
    if (seen.indexOf(key) >= 0) {
      return false;
    }
    if (now - windowStart >= 60_000) {
      windowStart = now;
      inWindow = 0;
    }
    if (inWindow >= PER_MINUTE) {
      return false;
    }
    inWindow++;
    seen.add(key);
    if (seen.size() > REMEMBERED) {
      seen.splice(0, 1);
    }
    return true;
  }
}
