package io.xwindow.beaver.browser;

import elemental2.core.JsArray;
import elemental2.dom.PerformanceEntry;
import io.xwindow.base.browser.Page;
import io.xwindow.base.time.PageTimers;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The page's loading times, reported once as one event {@code page_timing} when the page has
 * loaded: the Navigation Timing Level 2 entry as the browser serialises it ({@code
 * responseStart}, {@code domContentLoadedEventEnd}, {@code loadEventEnd}, {@code transferSize},
 * {@code type}...) and the paint entries ({@code first-paint}, {@code first-contentful-paint}), in
 * milliseconds from navigation start.
 */
public final class PageTimings {
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "PerformanceEntry")
  private interface Serialisable {
    Object toJSON();
  }

  private PageTimings() {}

  /** Reports {@code page_timing} to {@code info} after the page's load event (at once if it has loaded). */
  public static void report(Report info) {
    Events.Listener log = event -> PageTimers.setTimeout(() -> {
      JsPropertyMap<Object> navigation = Timeline.navigation();
      JsPropertyMap<Object> timing = navigation.has("toJSON")
          ? Js.asPropertyMap(Js.<Serialisable>uncheckedCast(navigation).toJSON()) : navigation;
      JsArray<PerformanceEntry> paints = Page.performance().getEntriesByType("paint");
      for (int i = 0; i < paints.length; i++) {
        timing.set(paints.getAt(i).name, paints.getAt(i).startTime);
      }
      info.event("page_timing", timing);
    }, 0);
    if ("complete".equals(Page.document().readyState)) {
      log.on(null);
    } else {
      Events.on(Page.window(), "load", log);
    }
  }
}
