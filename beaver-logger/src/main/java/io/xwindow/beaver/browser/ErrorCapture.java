package io.xwindow.beaver.browser;

import elemental2.core.JsDate;
import io.xwindow.base.browser.Page;
import io.xwindow.base.time.Task;
import io.xwindow.beaver.capture.ErrorGate;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Reports the page's uncaught errors ({@code window_error}) and unhandled promise rejections
 * ({@code unhandled_rejection}), through an {@link ErrorGate}.
 */
public final class ErrorCapture {
  private ErrorCapture() {}

  /**
   * Starts listening, reporting to {@code error}; returns what stops it (a function rather than
   * an object with a stop method: an object of ours would bring J2CL's {@code Object} into the
   * bundle).
   */
  public static Task start(Report error) {
    ErrorGate gate = ErrorGate.of(JsLines.create());
    Events.Listener listener = event -> {
      JsPropertyMap<Object> e = Js.asPropertyMap(event);
      boolean rejection = "unhandledrejection".equals(event.type);
      Object thrown = e.get(rejection ? "reason" : "error");
      JsPropertyMap<Object> details = JsPropertyMap.of();
      details.set("message", rejection ? jsString(thrown) : e.get("message"));
      details.set("source", e.get("filename"));
      details.set("line", e.get("lineno"));
      details.set("column", e.get("colno"));
      String kind = Page.stringify(details); // the same error from the same place
      if (thrown != null) {
        details.set("stack", Js.asPropertyMap(thrown).get("stack"));
      }
      if (gate.admit(kind, JsDate.now())) {
        error.event(rejection ? "unhandled_rejection" : "window_error", details);
      }
    };
    Events.on(Page.window(), "error", listener);
    Events.on(Page.window(), "unhandledrejection", listener);
    return () -> {
      Events.off(Page.window(), "error", listener);
      Events.off(Page.window(), "unhandledrejection", listener);
    };
  }

  /** JavaScript's String(value): an Error gives "Error: message", as the console shows it. */
  @JsMethod(namespace = JsPackage.GLOBAL, name = "String")
  private static native String jsString(Object value);
}
