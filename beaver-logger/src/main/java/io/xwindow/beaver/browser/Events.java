package io.xwindow.beaver.browser;

import elemental2.dom.Event;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * Adds and removes page event listeners. Our own {@code @JsFunction} listener type rather than
 * Elemental2's {@code EventListener}, which the bundle would wrap in a class per lambda.
 */
public final class Events {
  /** Handles an event. */
  @JsFunction
  public interface Listener {
    /** Handles {@code event}. */
    void on(Event event);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "EventTarget")
  private interface Target {
    void addEventListener(String type, Listener listener);

    void removeEventListener(String type, Listener listener);
  }

  private Events() {}

  /** Calls {@code listener} on each {@code type} event of {@code target} (a window, a document). */
  public static void on(Object target, String type, Listener listener) {
    Js.<Target>uncheckedCast(target).addEventListener(type, listener);
  }

  /** Stops calling {@code listener}. */
  public static void off(Object target, String type, Listener listener) {
    Js.<Target>uncheckedCast(target).removeEventListener(type, listener);
  }
}
