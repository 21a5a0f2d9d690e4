package io.xwindow.beaver.browser;

import io.xwindow.base.time.Task;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;

/**
 * Where a logger finds its add-ons, scripts loaded after {@code beaver-logger.js}: {@code
 * beaver-vitals.js} (the web vitals) and {@code beaver-transitions.js} (the watch of a single-page
 * application's navigations). Each registers what it does on the window under {@code
 * Symbol.for('xwindow.beaver-NAME')} (no global name). A page that does not ask for them loads
 * none of their code. One registry for both, with its warning, costs less in the logger than one
 * class per add-on.
 */
public final class AddOns {
  /** What a logger says to the vitals it started. */
  @JsFunction
  public interface Control {
    /** {@code stop} false: the page is hidden, report what changed; true: the logger is destroyed. */
    void on(boolean stop);
  }

  /** beaver-vitals.js: starts measuring for {@code logger} (reported with its {@code info} and {@code metricGauge}), at the page's {@code route}. */
  @JsFunction
  public interface Vitals {
    /** Returns what the logger calls at each page hide and at its destroy. */
    Control start(Object logger, String route);
  }

  /** beaver-transitions.js: {@link PageTransitions#watch}. */
  @JsFunction
  public interface Navigations {
    /** Calls {@code navigated} at each same-document navigation and {@code painted} (unless null) after the paint that follows; returns what stops it. */
    Task watch(Task navigated, Task painted);
  }

  private AddOns() {}

  /**
   * The add-on {@code beaver-NAME.js} that the logger's option {@code option} needs; null, after
   * one console warning, when the page has not loaded it. In AddOns.native.js.
   */
  @JsMethod
  public static native <T> T find(String option, String name);

  /** Registers {@code addOn} as {@code beaver-NAME.js} for the loggers this window makes from now on. In AddOns.native.js. */
  @JsMethod
  public static native void register(String name, Object addOn);
}
