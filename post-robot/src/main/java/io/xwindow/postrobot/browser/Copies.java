package io.xwindow.postrobot.browser;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;

/**
 * The copies of post-robot running in this window, so that each request is answered once.
 *
 * <p>A page may run more than one: post-robot.js beside xcomponent.js (which has its own), the npm
 * package's post-robot and zoid modules, or a J2CL application beside a script tag. Every copy
 * hears every message posted to the window, and a copy without the listener would answer a
 * request with NO_HANDLER, maybe before the copy with it. So a copy answers a request only when
 * it listens for it (for a call to a function handed to another window, when it holds the
 * function), or when no copy does and it is the first one started, which then refuses it; the
 * others keep still. Only the first copy opens a private channel with another window, and it
 * hands what arrives there to the others, as the window's own messages reach them all.
 *
 * <p>The registry is a plain array on the window under {@code Symbol.for(...)} (a key that no
 * name reaches and no listing of the globals shows), holding one object per copy with two
 * functions under quoted names: the same in every version and every bundle.
 */
public final class Copies {
  /** Whether this copy answers {@code message}, a request from {@code source} at {@code origin}. */
  @JsFunction
  public interface Claims {
    boolean claims(Object message, Window source, String origin);
  }

  /** Takes an envelope that came on the first copy's private channel with {@code source}. */
  @JsFunction
  public interface Deliver {
    void deliver(Object envelope, Window source, String origin);
  }

  private final Claims claims;
  private final Deliver deliver;
  private Object self;
  /** The window's registry, read once: no copy ever replaces it (it is not even writable). */
  private JsArray<Object> copies;

  /** This copy: {@code claims} what it answers, {@code deliver} takes what others pass on. */
  public Copies(Claims claims, Deliver deliver) {
    this.claims = claims;
    this.deliver = deliver;
  }

  /** Registers this copy in the window, as it starts: from now on the others ask it. */
  public void join() {
    self = register(claims, deliver);
    copies = registry();
  }

  /** True when this copy was the first to start in the window (or is alone in it). */
  public boolean isFirst() {
    JsArray<Object> all = all();
    return all.length == 0 || all.getAt(0) == self;
  }

  /**
   * True when another copy answers {@code message} and this one keeps still: this one does not
   * claim it, and another does, or none does and this is not the first copy.
   */
  public boolean leavesToAnother(Object message, Window source, String origin) {
    if (claims.claims(message, source, origin)) {
      return false;
    }
    JsArray<Object> all = all();
    for (int i = 0; i < all.length; i++) {
      Object copy = all.getAt(i);
      if (copy != self && Js.<Claims>uncheckedCast(Js.asPropertyMap(copy).get("claims")).claims(message, source, origin)) {
        return true;
      }
    }
    return !isFirst();
  }

  /** Passes an envelope that came on this copy's private channel to every other copy. */
  public void deliverToOthers(Object envelope, Window source, String origin) {
    JsArray<Object> all = all();
    for (int i = 0; i < all.length; i++) {
      deliverTo(all.getAt(i), envelope, source, origin);
    }
  }

  /** (A method of its own: a lambda that captures a loop variable costs a closure per turn in ES5.) */
  private void deliverTo(Object copy, Object envelope, Window source, String origin) {
    if (copy != self) {
      Deliver deliver = Js.uncheckedCast(Js.asPropertyMap(copy).get("deliver"));
      Guard.run(() -> deliver.deliver(envelope, source, origin), null);
    }
  }

  /** Adds a copy to the window's registry, made on first use; returns the copy's entry. */
  @JsMethod
  private static native Object register(Claims claims, Deliver deliver);

  /** The window's copies, in the order they started. */
  private JsArray<Object> all() {
    return copies != null ? copies : registry();
  }

  /** The window's registry of copies, or an empty array before the first copy joins. */
  @JsMethod
  private static native JsArray<Object> registry();
}
