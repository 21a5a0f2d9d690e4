package io.xwindow.beaver.browser;

import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/**
 * The add-on {@code beaver-vitals.js}: registers with {@link AddOns} the start of {@link
 * PageVitals} for a logger, which reports at each page hide a {@code web_vitals} gauge per metric
 * (dimensions {@code route} and {@code rating}) and one {@code web_vitals} info event, through
 * the logger's public methods (this bundle has none of the logger's code).
 */
public final class WebVitals {
  /** The logger's methods the vitals report with, by their public names. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  private interface LoggerMethods {
    Object info(String event, Object payload);

    Object metricGauge(Object gauge);
  }

  private WebVitals() {}

  /** Registers the add-on for the loggers this window makes from now on (its name kept for the entry file). */
  @JsMethod
  public static void install() {
    AddOns.register("vitals", (given, option, navigated, painted) -> {
      LoggerMethods logger = jsinterop.base.Js.uncheckedCast(given);
      String route = PageRoute.name();
      PageVitals vitals = new PageVitals();
      return stop -> {
        if (stop) {
          vitals.stop();
        } else {
          report(vitals, logger, route);
        }
      };
    });
  }

  /** Logs the web vitals that changed: a {@code web_vitals} gauge each and one {@code web_vitals} event. */
  private static void report(PageVitals vitals, LoggerMethods logger, String route) {
    JsPropertyMap<Object> event = JsPropertyMap.of();
    event.set("route", route);
    if (vitals.report((name, value, rating) -> {
      event.set(name, value);
      event.set(name + "_rating", rating);
      JsPropertyMap<Object> dimensions = JsPropertyMap.of();
      dimensions.set("route", route);
      dimensions.set("rating", rating);
      JsPropertyMap<Object> gauge = JsPropertyMap.of();
      gauge.set("namespace", "web_vitals");
      gauge.set("event", name);
      gauge.set("value", value);
      gauge.set("dimensions", dimensions);
      logger.metricGauge(gauge);
    })) {
      logger.info("web_vitals", event);
    }
  }
}
