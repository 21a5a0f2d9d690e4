package io.xwindow.xcomponent.event;

import jsinterop.annotations.JsMethod;

/**
 * Calls a user's callback so that what it throws cannot break ours: the error is rethrown
 * asynchronously, where the page sees it as it sees an event listener's. A JavaScript try/catch
 * (in {@code Callbacks.native.js}) costs no exception runtime in the bundle.
 */
public final class Callbacks {
  private Callbacks() {}

  /** Calls {@code callback(argument)}; returns what it returned, or undefined if it threw. */
  @JsMethod
  public static native Object call(Object callback, Object argument);
}
