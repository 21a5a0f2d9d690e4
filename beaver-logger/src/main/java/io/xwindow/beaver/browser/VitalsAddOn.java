package io.xwindow.beaver.browser;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;

/**
 * Where a logger finds the web vitals: {@code beaver-vitals.js}, a script loaded after {@code
 * beaver-logger.js}, registers its start here, on the window under {@code
 * Symbol.for('xwindow.beaver-vitals')} (no global name). A page that does not ask for the vitals
 * loads none of their code: in {@code beaver-logger.js} they added 1,134 B gzipped to every page.
 */
public final class VitalsAddOn {
  /** What a logger says to the vitals it started. */
  @JsFunction
  public interface Control {
    /** {@code stop} false: the page is hidden, report what changed; true: the logger is destroyed. */
    void on(boolean stop);
  }

  /** Starts measuring for {@code logger} (reported with its {@code info} and {@code metricGauge}), at the page's {@code route}. */
  @JsFunction
  public interface Start {
    /** Returns what the logger calls at each page hide and at its destroy. */
    Control start(Object logger, String route);
  }

  private VitalsAddOn() {}

  /** The registered start, or null when beaver-vitals.js has not been loaded. In VitalsAddOn.native.js. */
  @JsMethod
  public static native Start find();

  /** Registers {@code start} for the loggers of this window (made after it). In VitalsAddOn.native.js. */
  @JsMethod
  public static native void register(Start start);
}
