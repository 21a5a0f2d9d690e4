package io.xwindow.beaver.browser;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.PerformanceEntry;
import io.xwindow.beaver.Logger;
import io.xwindow.beaver.capture.ErrorGate;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Logs the page's uncaught errors ({@code window_error}) and unhandled promise rejections
 * ({@code unhandled_rejection}) as error events, through an {@link ErrorGate}; and, when asked,
 * the page's timings.
 */
public final class ErrorCapture {
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "PerformanceEntry")
  private interface Serialisable {
    Object toJSON();
  }

  private final Events.Listener listener;

  /** Starts listening; {@link #stop()} ends it. */
  public ErrorCapture(Logger logger) {
    ErrorGate gate = new ErrorGate(new JsLines());
    listener = event -> {
      JsPropertyMap<Object> e = Js.asPropertyMap(event);
      boolean rejection = "unhandledrejection".equals(event.type);
      Object error = e.get(rejection ? "reason" : "error");
      JsPropertyMap<Object> details = JsPropertyMap.of("message", rejection ? jsString(error) : e.get("message"));
      details.set("source", e.get("filename"));
      details.set("line", e.get("lineno"));
      details.set("column", e.get("colno"));
      String kind = Global.JSON.stringify(details); // the same error from the same place
      if (error != null) {
        details.set("stack", Js.asPropertyMap(error).get("stack"));
      }
      if (gate.admit(kind, JsDate.now())) {
        logger.error(rejection ? "unhandled_rejection" : "window_error", details);
      }
    };
    Events.on(DomGlobal.window, "error", listener);
    Events.on(DomGlobal.window, "unhandledrejection", listener);
  }

  /** JavaScript's String(value): an Error gives "Error: message", as the console shows it. */
  @JsMethod(namespace = JsPackage.GLOBAL, name = "String")
  private static native String jsString(Object value);

  /** Stops listening. */
  public void stop() {
    Events.off(DomGlobal.window, "error", listener);
    Events.off(DomGlobal.window, "unhandledrejection", listener);
  }

  /**
   * Logs one info event {@code page_timing} once the page has loaded: the Navigation Timing
   * Level 2 entry as the browser serialises it ({@code responseStart}, {@code
   * domContentLoadedEventEnd}, {@code loadEventEnd}, {@code transferSize}, {@code type}...) and
   * the paint entries ({@code first-paint}, {@code first-contentful-paint}), in milliseconds from
   * navigation start.
   */
  public static void timings(Logger logger) {
    Events.Listener log = event -> PageTimers.setTimeout(() -> {
      JsArray<PerformanceEntry> navigation = DomGlobal.performance.getEntriesByType("navigation");
      JsPropertyMap<Object> timing = navigation.length > 0 ? Js.asPropertyMap(Js.<Serialisable>uncheckedCast(navigation.getAt(0)).toJSON()) : JsPropertyMap.of();
      JsArray<PerformanceEntry> paints = DomGlobal.performance.getEntriesByType("paint");
      for (int i = 0; i < paints.length; i++) {
        timing.set(paints.getAt(i).name, paints.getAt(i).startTime);
      }
      logger.info("page_timing", timing);
    }, 0);
    if ("complete".equals(DomGlobal.document.readyState)) {
      log.on(null);
    } else {
      Events.on(DomGlobal.window, "load", log);
    }
  }
}
