package io.xwindow.beaver;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.xwindow.base.time.PageTimers;
import io.xwindow.beaver.browser.AddOns;
import io.xwindow.beaver.browser.ErrorCapture;
import io.xwindow.beaver.browser.Events;
import io.xwindow.beaver.browser.JsLines;
import io.xwindow.beaver.browser.PageTimings;
import io.xwindow.beaver.browser.PageDataSwitch;
import io.xwindow.beaver.browser.PageTransport;
import io.xwindow.beaver.browser.Timeline;
import io.xwindow.beaver.buffer.Buffer;
import io.xwindow.beaver.deliver.Ids;
import io.xwindow.beaver.deliver.Shipper;
import io.xwindow.beaver.transition.Transitions;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A logger, as {@code beaver.Logger(options)} returns it: every method returns the logger, so
 * calls chain. Events are buffered and sent in batches: every {@code flushInterval}, soon after a
 * warn or error, on {@link #flush()}, and when the page is hidden; a failed batch is retried until
 * it arrives. Page transitions as beaver 3 logged them, automatic ones in a single-page
 * application ({@code autoTransitions}, watched by the add-on {@code beaver-transitions.js}), and
 * the Core Web Vitals ({@code webVitals}, measured by the add-on {@code beaver-vitals.js}).
 *
 * <pre>{@code
 * Logger log = Beaver.logger(new Options().url("/api/log").prefix("shop"));
 * log.info("checkout_started", JsPropertyMap.of("cart", 3));
 * }</pre>
 */
@JsType
public final class Logger {
  private final PageTransport transport;
  private final Buffer batches;
  private final Shipper shipper;
  private final JsArray<Builder> payloadBuilders = new JsArray<>();
  private final JsArray<Builder> metaBuilders = new JsArray<>();
  private final JsArray<Builder> trackingBuilders = new JsArray<>();
  private final JsArray<Builder> headerBuilders = new JsArray<>();
  private final JsArray<Builder> dimensionBuilders = new JsArray<>();
  private final Events.Listener onHide;
  private final ErrorCapture errors;
  private final PageTimers timers = new PageTimers();
  private Transitions transitions;
  private AddOns.Control addOns;
  private AddOns.RouteName routeNames;
  private String prefix;
  private String metricPrefix;
  private int consoleRank = 2;
  private Promise<Object> flushing;
  private Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Object> resolve;

  /** A logger with {@code options}; starts its interval and listens for the page going away. */
  @JsIgnore
  public Logger(Options options) {
    transport = new PageTransport(() -> Builders.apply(headerBuilders, JsPropertyMap.of()));
    batches = new Buffer(new JsLines(), 1000, 500_000);
    shipper = new Shipper(batches, transport, timers, this::metaJson, this::settled);
    shipper.every(60_000);
    configure(options);
    onHide = event -> {
      if (!"visibilitychange".equals(event.type) || "hidden".equals(DomGlobal.document.visibilityState)) {
        if (PageDataSwitch.on()) {
          addOns.on(false);
        }
        shipper.leave();
      }
    };
    Events.on(DomGlobal.window, "pagehide", onHide);
    Events.on(DomGlobal.document, "visibilitychange", onHide);
    JsPropertyMap<Object> given = Js.asPropertyMap(options);
    errors = Js.isTripleEqual(given.get("captureErrors"), false) ? null : new ErrorCapture(this::error);
    if (Js.isTruthy(given.get("pageTimings"))) {
      PageTimings.report(this::info);
    }
    if (PageDataSwitch.on()) {
      addOns = AddOns.start(options, this,
          () -> transitions(Transitions.INITIAL).navigated(Timeline.now()),
          (names, moved) -> {
            routeNames = names;
            String name = names.now();
            transitions(name).painted(moved ? name : null, Timeline.now());
          });
    }
  }

  /** Buffers a debug event; prints it when the console threshold is debug. */
  public Logger debug(String event, Object payload) {
    return log("debug", 0, event, payload);
  }

  /** Buffers an info event. */
  public Logger info(String event, Object payload) {
    return log("info", 1, event, payload);
  }

  /** Buffers a warn event and flushes soon. */
  public Logger warn(String event, Object payload) {
    return log("warn", 2, event, payload);
  }

  /** Buffers an error event and flushes soon. */
  public Logger error(String event, Object payload) {
    return log("error", 3, event, payload);
  }

  /** Buffers a tracking entry, after the tracking builders. */
  public Logger track(Object payload) {
    batches.add(Buffer.TRACKING, Global.JSON.stringify(Builders.apply(trackingBuilders, Builders.copy(payload, JsPropertyMap.of()))));
    return this;
  }

  /**
   * Buffers a metric {@code {metricNamespace, metricEventName, metricValue, metricType,
   * dimensions}} (beaver 5); the namespace prefix and the dimension builders apply.
   */
  public Logger metric(Object metric) {
    JsPropertyMap<Object> body = Builders.copy(metric, JsPropertyMap.of());
    if (metricPrefix != null) {
      body.set("metricNamespace", metricPrefix + "." + Js.asString(body.get("metricNamespace")));
    }
    if (dimensionBuilders.length > 0) {
      body.set("dimensions", Builders.apply(dimensionBuilders, Builders.copy(body.get("dimensions"), JsPropertyMap.of())));
    }
    batches.add(Buffer.METRIC, Global.JSON.stringify(body));
    return this;
  }

  /** A counter: {@code {namespace, event, value = 1, dimensions}}. */
  public Logger metricCounter(Object counter) {
    return typed(counter, "counter", 1);
  }

  /** A gauge: {@code {namespace, event, value, dimensions}}. */
  public Logger metricGauge(Object gauge) {
    return typed(gauge, "gauge", 0);
  }

  /** A histogram sample: {@code {namespace, event, value, dimensions}}. */
  public Logger metricHistogram(Object sample) {
    return typed(sample, "histogram", 0);
  }

  /** beaver 3's {@code startTransition()}: a transition starts now. */
  public Logger startTransition() {
    if (PageDataSwitch.on()) {
      transitions(Transitions.INITIAL).start(Timeline.now());
    }
    return this;
  }

  /**
   * beaver 3's {@code endTransition(to)}: logs the info event {@code transition_<from>_to_<to>}
   * with its {@code duration} (ms since the start, or since the last transition), tracks {@code
   * {transition, transition_time}} and flushes at once; the page is then in state {@code to}. A
   * logger with {@code autoTransitions} may leave {@code to} out: the state is then named after
   * the route, e.g. {@code products_id} (the add-on names routes); another logger then warns on the
   * console and the transition goes on. From the first transition on,
   * every event carries {@code windowID} and {@code pageID} and every batch's meta {@code state:
   * "ui_<to>"}.
   */
  public Logger endTransition(String to) {
    if (PageDataSwitch.on()) {
      String state = to != null ? to : routeNames != null ? routeNames.now() : null;
      if (state == null) {
        AddOns.warn("endTransition needs a state");
      } else {
        transitions(Transitions.INITIAL).end(state, Timeline.now());
      }
    }
    return this;
  }

  /** beaver 3's {@code transition(to)}: a transition that starts and ends now. */
  public Logger transition(String to) {
    startTransition();
    return endTransition(to);
  }

  /** Sends what waits within 50 ms (calls until then share one request); the promise settles after. */
  public Promise<Object> flush() {
    Promise<Object> done = whenSettled();
    shipper.soon();
    return done;
  }

  /** Sends what waits now; the promise settles after. */
  public Promise<Object> immediateFlush() {
    Promise<Object> done = whenSettled();
    shipper.flush();
    return done;
  }

  /** Adds a builder whose keys go into every event's payload, at log time. */
  public Logger addPayloadBuilder(Builder builder) {
    payloadBuilders.push(builder);
    return this;
  }

  /** Adds a builder whose keys go into each batch's meta, at flush time. */
  public Logger addMetaBuilder(Builder builder) {
    metaBuilders.push(builder);
    return this;
  }

  /** Adds a builder whose keys go into every tracking entry. */
  public Logger addTrackingBuilder(Builder builder) {
    trackingBuilders.push(builder);
    return this;
  }

  /** Adds a builder of request headers, at flush time (a page going away then uses keepalive fetch). */
  public Logger addHeaderBuilder(Builder builder) {
    headerBuilders.push(builder);
    return this;
  }

  /** Adds a builder whose keys go into every metric's dimensions. */
  public Logger addMetricDimensionBuilder(Builder builder) {
    dimensionBuilders.push(builder);
    return this;
  }

  /** Sends batches with {@code send} instead of XHR. */
  public Logger setTransport(PageTransport.Custom send) {
    transport.custom = send;
    return this;
  }

  /**
   * Changes any option given (unlike beaver, false, 0 and "" apply too, and a new {@code
   * flushInterval} restarts the interval).
   */
  public Logger configure(Options options) {
    JsPropertyMap<Object> given = Js.asPropertyMap(options);
    if (given.has("url")) {
      transport.url = Js.asString(given.get("url"));
    }
    if (given.has("prefix")) {
      prefix = Js.asString(given.get("prefix"));
    }
    if (given.has("metricNamespacePrefix")) {
      metricPrefix = Js.asString(given.get("metricNamespacePrefix"));
    }
    if (given.has("logLevel")) {
      consoleRank = rank(Js.asString(given.get("logLevel")));
    }
    if (given.has("enableSendBeacon")) {
      transport.beacon = Js.isTruthy(given.get("enableSendBeacon"));
    }
    if (given.has("transport")) {
      transport.custom = Js.uncheckedCast(given.get("transport"));
    }
    if (given.has("flushInterval")) {
      shipper.every(Js.asDouble(given.get("flushInterval")));
    }
    if (given.has("maxEvents") || given.has("maxBytes")) {
      int entries = given.has("maxEvents") ? Js.coerceToInt(given.get("maxEvents")) : 1000;
      int chars = given.has("maxBytes") ? Js.coerceToInt(given.get("maxBytes")) : 500_000;
      batches.bound(entries, chars);
    }
    return this;
  }

  /**
   * Stops the interval, removes every listener and observer, and puts back the history methods
   * it wrapped; what waits stays until a flush.
   */
  public void destroy() {
    shipper.stop();
    if (PageDataSwitch.on()) {
      addOns.on(true);
    }
    Events.off(DomGlobal.window, "pagehide", onHide);
    Events.off(DomGlobal.document, "visibilitychange", onHide);
    if (errors != null) {
      errors.stop();
    }
  }

  private Logger log(String level, int levelRank, String event, Object payload) {
    String name = prefix == null ? event : prefix + "_" + event;
    JsPropertyMap<Object> body = Builders.copy(payload, JsPropertyMap.of());
    body.set("timestamp", jsString(JsDate.now()));
    Builders.apply(payloadBuilders, body);
    if (levelRank >= consoleRank) {
      print(level, name, body);
    }
    // objects are built by set() after of(): Closure folds that into an object literal, where
    // JsPropertyMap.of(key, value, ...) brings a helper function per number of keys into the bundle
    JsPropertyMap<Object> entry = JsPropertyMap.of();
    entry.set("level", level);
    entry.set("event", name);
    entry.set("payload", body);
    batches.add(Buffer.EVENT, Global.JSON.stringify(entry));
    if (levelRank >= 2) {
      shipper.soon();
    }
    return this;
  }

  /** The transitions, made at the first use in {@code initial} state; from then on ids and state go out. */
  private Transitions transitions(String initial) {
    if (transitions == null) {
      Transitions states = new Transitions(initial, Timeline.number(Timeline.navigation().get("connectEnd"), 0),
          () -> Ids.random(timers, 10, 16), this::logTransition);
      transitions = states;
      payloadBuilders.push(soFar -> {
        JsPropertyMap<Object> ids = JsPropertyMap.of();
        ids.set("windowID", states.windowId);
        ids.set("pageID", states.pageId());
        return ids;
      });
      metaBuilders.push(soFar -> {
        JsPropertyMap<Object> meta = JsPropertyMap.of();
        meta.set("state", states.meta());
        return meta;
      });
    }
    return transitions;
  }

  /** As beaver 3: an info event with the duration, a tracking entry, and a flush at once. */
  private void logTransition(String name, double duration) {
    JsPropertyMap<Object> event = JsPropertyMap.of();
    event.set("duration", duration);
    info(name, event);
    JsPropertyMap<Object> tracking = JsPropertyMap.of();
    tracking.set("transition", name);
    tracking.set("transition_time", duration);
    track(tracking);
    shipper.flush();
  }

  private Logger typed(Object given, String type, double defaultValue) {
    JsPropertyMap<Object> from = Js.asPropertyMap(given);
    JsPropertyMap<Object> metric = JsPropertyMap.of();
    metric.set("metricNamespace", from.get("namespace"));
    metric.set("metricEventName", from.get("event"));
    metric.set("metricType", type);
    Object value = from.get("value");
    metric.set("metricValue", value == null ? (Object) defaultValue : value);
    metric.set("dimensions", from.get("dimensions"));
    return metric(metric);
  }

  /** {@code console[level](name, payload)}: one property lookup rather than a switch over four calls. */
  private static void print(String level, String name, Object payload) {
    Js.<ConsoleMethod>uncheckedCast(Js.asPropertyMap(DomGlobal.console).get(level)).call(DomGlobal.console, name, payload);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Function")
  private interface ConsoleMethod {
    void call(Object self, String name, Object payload);
  }

  private static int rank(String level) {
    switch (level) {
      case "debug":
        return 0;
      case "info":
        return 1;
      case "error":
        return 3;
      case "silent":
        return 4;
      default:
        return 2;
    }
  }

  /** JavaScript's own number to text: epoch milliseconds as digits, as beaver sends them. */
  @JsMethod(namespace = JsPackage.GLOBAL, name = "String")
  private static native String jsString(double value);

  private String metaJson() {
    return Global.JSON.stringify(Builders.apply(metaBuilders, JsPropertyMap.of()));
  }

  private Promise<Object> whenSettled() {
    if (flushing == null) {
      flushing = new Promise<>((resolved, rejected) -> resolve = resolved);
    }
    return flushing;
  }

  private void settled() {
    if (resolve != null) {
      Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Object> done = resolve;
      resolve = null;
      flushing = null;
      done.onInvoke((Object) null);
    }
  }
}
