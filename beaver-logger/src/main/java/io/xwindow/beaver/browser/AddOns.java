package io.xwindow.beaver.browser;

import io.xwindow.base.time.Task;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;

/**
 * Where a logger finds its add-ons, scripts loaded after {@code beaver-logger.js}: {@code
 * beaver-vitals.js} (the web vitals) and {@code beaver-transitions.js} (the watch of a single-page
 * application's navigations, and the naming of its routes). Each registers what it does on the
 * window under {@code Symbol.for('xwindow.beaver-NAME')} (no global name). A page that does not ask
 * for them loads none of their code. Both add-ons take the same four arguments and give back the
 * same control, so that the logger starts, tells and stops them in one loop: less of the logger
 * than a hook per add-on.
 */
public final class AddOns {
  /** What a logger says to the add-ons it started. */
  @JsFunction
  public interface Control {
    /** {@code stop} false: the page is hidden, report what changed; true: the logger is destroyed. */
    void on(boolean stop);
  }

  /** The name of the page's route, as a state ({@code products_id}), where the page is now. */
  @JsFunction
  public interface RouteName {
    /** The name now. */
    String now();
  }

  /** What the logger's transitions hear of the page's paints (from {@code beaver-transitions.js}). */
  @JsFunction
  public interface Painted {
    /**
     * At the add-on's start ({@code moved} false), then at the first paint after each
     * same-document navigation: {@code moved} tells whether the route changed since the last one;
     * {@code names} names the route.
     */
    void painted(RouteName names, boolean moved);
  }

  /** An add-on, as it registers: starts for one logger. */
  @JsFunction
  public interface AddOn {
    /**
     * Starts for {@code logger} (whose public methods it may call), asked for with the option's
     * value {@code option}; {@code beaver-transitions.js} calls {@code navigated} at each
     * same-document navigation, and {@code painted} as that says. Returns what the logger calls at
     * each page hide and at its destroy.
     */
    Control start(Object logger, Object option, Task navigated, Painted painted);
  }

  private AddOns() {}

  /**
   * Starts, for {@code logger} made with {@code options}, the add-ons its options ask for: {@code
   * autoTransitions}, then {@code webVitals}; where the page has not loaded the add-on an option
   * needs, one console warning instead ({@code beaver: webVitals needs beaver-vitals.js}). Returns
   * what tells all of them. In AddOns.native.js.
   */
  @JsMethod
  public static native Control start(Object options, Object logger, Task navigated, Painted painted);

  /** Prints {@code beaver: TEXT} as a console warning: what a page asked of the logger that it cannot do. In AddOns.native.js. */
  @JsMethod
  public static native void warn(String text);

  /** Registers {@code addOn} as {@code beaver-NAME.js} for the loggers this window makes from now on. In AddOns.native.js. */
  @JsMethod
  public static native void register(String name, AddOn addOn);
}
