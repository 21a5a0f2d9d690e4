package io.xwindow.beaver.browser;

import elemental2.core.JsArray;
import elemental2.dom.PerformanceEntry;
import io.xwindow.base.browser.Page;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** The page's performance timeline: its clock and its navigation entry. */
public final class Timeline {
  private Timeline() {}

  /** Milliseconds since the page's time origin. */
  public static double now() {
    return Page.performance().now();
  }

  /** The Navigation Timing Level 2 entry of the page, or an empty object where the browser has none. */
  public static JsPropertyMap<Object> navigation() {
    JsArray<PerformanceEntry> entries = Page.performance().getEntriesByType("navigation");
    return entries.length > 0 ? Js.asPropertyMap(entries.getAt(0)) : JsPropertyMap.of();
  }

  /** {@code value} as a number, or {@code absent} when it is undefined or null. */
  public static double number(Object value, double absent) {
    return value == null ? absent : Js.coerceToDouble(value);
  }
}
