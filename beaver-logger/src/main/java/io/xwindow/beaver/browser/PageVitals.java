package io.xwindow.beaver.browser;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.LayoutShift;
import elemental2.dom.PerformanceEntry;
import elemental2.dom.PerformanceObserver;
import elemental2.dom.PerformanceObserverInit;
import io.xwindow.base.browser.Page;
import io.xwindow.beaver.vitals.Vitals;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Feeds {@link Vitals} the page's performance entries: one {@code PerformanceObserver} for
 * largest-contentful-paint, layout-shift, event (from 40 ms, as web-vitals) and first-input
 * entries, each observed only where the browser lists it in {@code supportedEntryTypes}, with the
 * entries buffered before it started; FCP, TTFB and the interaction count are read from the
 * timeline when the page is hidden. The page was hidden first at its first {@code visibility-state}
 * entry {@code hidden} (a page hidden and shown again before the add-on started), or from the start
 * if it is hidden now. A {@code pageshow} from the back/forward cache starts a new page view,
 * painted at the second frame after it (web-vitals' own measure).
 */
public final class PageVitals {
  private final Vitals vitals;
  private PerformanceObserver observer;
  private final Events.Listener onShow;
  private double interactionsBefore;

  /** Starts observing; {@link #stop()} ends it. */
  public PageVitals() {
    // read as a property, not Elemental2's static field: no class initialiser in the bundle
    Object observers = Js.asPropertyMap(Page.window()).get("PerformanceObserver");
    Object types = observers == null ? null : Js.asPropertyMap(observers).get("supportedEntryTypes");
    JsArray<String> supported = types == null ? new JsArray<>() : Js.uncheckedCast(types);
    vitals = new Vitals(supported.indexOf("layout-shift") >= 0);
    double activationStart = Timeline.number(Timeline.navigation().get("activationStart"), 0);
    // an entry type the browser lacks gives an empty list
    JsArray<PerformanceEntry> states = Page.performance().getEntriesByType("visibility-state");
    double firstHidden = "hidden".equals(Page.document().visibilityState) ? 0 : Double.POSITIVE_INFINITY;
    for (int i = states.length - 1; i >= 0; i--) {
      if ("hidden".equals(states.getAt(i).name) && states.getAt(i).startTime >= activationStart) {
        firstHidden = states.getAt(i).startTime;
      }
    }
    vitals.hidden(firstHidden);
    onShow = event -> {
      if (Js.isTruthy(Js.asPropertyMap(event).get("persisted"))) {
        interactionsBefore = interactionCount();
        vitals.restored();
        DomGlobal.requestAnimationFrame(first -> DomGlobal.requestAnimationFrame(
            second -> vitals.restoredPaint(Timeline.now() - event.timeStamp)));
      }
    };
    Events.on(Page.window(), "pageshow", onShow);
    observe(supported, "largest-contentful-paint");
    observe(supported, "layout-shift");
    observe(supported, "event");
    observe(supported, "first-input");
  }

  /** Observes {@code type} if the browser has it, with the entries it had before; the observer comes with the first. */
  private void observe(JsArray<String> supported, String type) {
    if (supported.indexOf(type) >= 0) {
      if (observer == null) {
        observer = new PerformanceObserver((list, self) -> take(list.getEntries()));
      }
      JsPropertyMap<Object> options = JsPropertyMap.of();
      options.set("type", type);
      options.set("buffered", true);
      options.set("durationThreshold", 40);
      observer.observe(Js.<PerformanceObserverInit>uncheckedCast(options));
    }
  }

  /**
   * The page is hidden: the entries not yet delivered are taken, and {@code sink} gets the
   * metrics present if any changed since the last hide; returns whether it got them.
   */
  public boolean report(Vitals.Sink sink) {
    double now = Timeline.now();
    if (observer != null) {
      take(observer.takeRecords());
    }
    vitals.hidden(now);
    JsPropertyMap<Object> navigation = Timeline.navigation();
    JsArray<PerformanceEntry> paint = Page.performance().getEntriesByName("first-contentful-paint");
    return vitals.report(
        paint.length > 0 ? paint.getAt(0).startTime : -1,
        Timeline.number(navigation.get("responseStart"), -1),
        Timeline.number(navigation.get("activationStart"), 0),
        interactionCount() < 0 ? -1 : interactionCount() - interactionsBefore,
        now,
        sink);
  }

  /** Stops observing. */
  public void stop() {
    Events.off(Page.window(), "pageshow", onShow);
    if (observer != null) {
      observer.disconnect();
    }
  }

  /** {@code performance.interactionCount}, or -1 where the browser has none. */
  private static double interactionCount() {
    return Timeline.number(Js.asPropertyMap(Page.performance()).get("interactionCount"), -1);
  }

  private void take(JsArray<PerformanceEntry> entries) {
    for (int i = 0; i < entries.length; i++) {
      PerformanceEntry entry = entries.getAt(i);
      if ("largest-contentful-paint".equals(entry.entryType)) {
        vitals.largestPaint(entry.startTime);
      } else if ("layout-shift".equals(entry.entryType)) {
        LayoutShift shift = Js.uncheckedCast(entry);
        vitals.layoutShift(shift.startTime, shift.value, shift.hadRecentInput);
      } else {
        // interactionId is newer than Elemental2's PerformanceEventTiming
        vitals.interaction(Js.coerceToDouble(Js.asPropertyMap(entry).get("interactionId")), entry.duration);
      }
    }
  }
}
