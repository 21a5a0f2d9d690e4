package io.xwindow.beaver;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.promise.Promise;
import io.xwindow.base.time.Task;
import io.xwindow.beaver.browser.AddOns;
import io.xwindow.beaver.browser.ErrorCapture;
import io.xwindow.beaver.browser.Events;
import io.xwindow.beaver.browser.JsLines;
import io.xwindow.base.browser.Page;
import io.xwindow.beaver.browser.PageClock;
import io.xwindow.beaver.browser.PageTimings;
import io.xwindow.beaver.browser.PageDataSwitch;
import io.xwindow.beaver.browser.PageTransport;
import io.xwindow.beaver.browser.Timeline;
import io.xwindow.beaver.buffer.Buffer;
import io.xwindow.beaver.deliver.Clock;
import io.xwindow.beaver.deliver.Ids;
import io.xwindow.beaver.deliver.Shipper;
import io.xwindow.beaver.transition.Transitions;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsOverlay;
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
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public final class Logger {
  // The public methods are native: each is a function property of the object literal that
  // create() makes (a closure over the logger, which ignores `this`). The logger is a plain object,
  // its state in fields and its work in overlays: a class of ours would bring J2CL's Object (its
  // toString, class metadata and Closure's inheritance runtime, about 560 B) into the bundle. The
  // method names stay through beaver-logger.externs.js.
  private PageTransport pageTransport;
  private Buffer batches;
  private Shipper shipper;
  private Clock clock;
  private JsArray<Builder> payloadBuilders;
  private JsArray<Builder> metaBuilders;
  private JsArray<Builder> trackingBuilders;
  private JsArray<Builder> headerBuilders;
  private JsArray<Builder> dimensionBuilders;
  private Events.Listener onHide;
  private Task stopErrors;
  private Transitions transitions;
  private AddOns.Control addOns;
  private AddOns.RouteName routeNames;
  private String namePrefix;
  private String metricPrefix;
  private int consoleRank;
  private Promise<Object> flushing;
  private Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Object> settle;

  /**
   * The logger's public methods as the object's fields: set one by one on an object just made,
   * they are written as one object literal in the bundle. (The names stay through the externs.)
   */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  private static final class Methods {
    EventMethod debug;
    EventMethod info;
    EventMethod warn;
    EventMethod error;
    Method<Object> track;
    Method<Object> metric;
    Method<Object> metricCounter;
    Method<Object> metricGauge;
    Method<Object> metricHistogram;
    Step<Logger> startTransition;
    Method<String> endTransition;
    Method<String> transition;
    Step<Promise<Object>> flush;
    Step<Promise<Object>> immediateFlush;
    Method<Builder> addPayloadBuilder;
    Method<Builder> addMetaBuilder;
    Method<Builder> addTrackingBuilder;
    Method<Builder> addHeaderBuilder;
    Method<Builder> addMetricDimensionBuilder;
    Method<PageTransport.Custom> setTransport;
    Method<Options> configure;
    Task destroy;
  }

  /** A logger method of one argument. */
  @JsFunction
  interface Method<T> {
    Logger call(T value);
  }

  /** A logger method of an event's name and payload. */
  @JsFunction
  interface EventMethod {
    Logger call(String event, Object payload);
  }

  /** A logger method of no argument. */
  @JsFunction
  interface Step<T> {
    T call();
  }

  /** Buffers a debug event; prints it when the console threshold is debug. */
  public native Logger debug(String event, Object payload);

  /** Buffers an info event. */
  public native Logger info(String event, Object payload);

  /** Buffers a warn event and flushes soon. */
  public native Logger warn(String event, Object payload);

  /** Buffers an error event and flushes soon. */
  public native Logger error(String event, Object payload);

  /** Buffers a tracking entry, after the tracking builders. */
  public native Logger track(Object payload);

  /**
   * Buffers a metric {@code {metricNamespace, metricEventName, metricValue, metricType,
   * dimensions}} (beaver 5); the namespace prefix and the dimension builders apply.
   */
  public native Logger metric(Object metric);

  /** A counter: {@code {namespace, event, value = 1, dimensions}}. */
  public native Logger metricCounter(Object counter);

  /** A gauge: {@code {namespace, event, value, dimensions}}. */
  public native Logger metricGauge(Object gauge);

  /** A histogram sample: {@code {namespace, event, value, dimensions}}. */
  public native Logger metricHistogram(Object sample);

  /** beaver 3's {@code startTransition()}: a transition starts now. */
  public native Logger startTransition();

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
  public native Logger endTransition(String to);

  /** beaver 3's {@code transition(to)}: a transition that starts and ends now. */
  public native Logger transition(String to);

  /** Sends what waits within 50 ms (calls until then share one request); the promise settles after. */
  public native Promise<Object> flush();

  /** Sends what waits now; the promise settles after. */
  public native Promise<Object> immediateFlush();

  /** Adds a builder whose keys go into every event's payload, at log time. */
  public native Logger addPayloadBuilder(Builder builder);

  /** Adds a builder whose keys go into each batch's meta, at flush time. */
  public native Logger addMetaBuilder(Builder builder);

  /** Adds a builder whose keys go into every tracking entry. */
  public native Logger addTrackingBuilder(Builder builder);

  /** Adds a builder of request headers, at flush time (a page going away then uses keepalive fetch). */
  public native Logger addHeaderBuilder(Builder builder);

  /** Adds a builder whose keys go into every metric's dimensions. */
  public native Logger addMetricDimensionBuilder(Builder builder);

  /** Sends batches with {@code send} instead of XHR. */
  public native Logger setTransport(PageTransport.Custom send);

  /**
   * Changes any option given (unlike beaver, false, 0 and "" apply too, and a new {@code
   * flushInterval} restarts the interval).
   */
  public native Logger configure(Options options);

  /**
   * Stops the interval, removes every listener and observer, and puts back the history methods
   * it wrapped; what waits stays until a flush.
   */
  public native void destroy();

  /** A logger with {@code options}; starts its interval and listens for the page going away. */
  @JsOverlay
  static Logger create(Options options) {
    Methods api = new Methods();
    Logger logger = Js.uncheckedCast(api);
    api.debug = (event, payload) -> logger.log("debug", 0, event, payload);
    api.info = logger::logInfo;
    api.warn = (event, payload) -> logger.log("warn", 2, event, payload);
    api.error = logger::logError;
    api.track = logger::trackNow;
    api.metric = logger::metricNow;
    api.metricCounter = counter -> logger.typed(counter, "counter", 1);
    api.metricGauge = gauge -> logger.typed(gauge, "gauge", 0);
    api.metricHistogram = sample -> logger.typed(sample, "histogram", 0);
    api.startTransition = logger::startNow;
    api.endTransition = logger::endNow;
    api.transition = to -> {
      logger.startNow();
      return logger.endNow(to);
    };
    api.flush = () -> {
      Promise<Object> done = logger.whenSettled();
      logger.shipper.soon();
      return done;
    };
    api.immediateFlush = () -> {
      Promise<Object> done = logger.whenSettled();
      logger.shipper.flush();
      return done;
    };
    api.addPayloadBuilder = builder -> logger.add(logger.payloadBuilders, builder);
    api.addMetaBuilder = builder -> logger.add(logger.metaBuilders, builder);
    api.addTrackingBuilder = builder -> logger.add(logger.trackingBuilders, builder);
    api.addHeaderBuilder = builder -> logger.add(logger.headerBuilders, builder);
    api.addMetricDimensionBuilder = builder -> logger.add(logger.dimensionBuilders, builder);
    api.setTransport = send -> {
      logger.pageTransport.custom = send;
      return logger;
    };
    api.configure = logger::configureNow;
    api.destroy = logger::destroyNow;
    logger.start(options);
    return logger;
  }

  @JsOverlay
  private void start(Options options) {
    payloadBuilders = new JsArray<>();
    metaBuilders = new JsArray<>();
    trackingBuilders = new JsArray<>();
    headerBuilders = new JsArray<>();
    dimensionBuilders = new JsArray<>();
    consoleRank = 2;
    clock = PageClock.create();
    pageTransport = PageTransport.of(() -> Builders.apply(headerBuilders, JsPropertyMap.of()));
    batches = Buffer.of(JsLines.create(), 1000, 500_000);
    // lambdas, not pageTransport::send: a method reference binds its receiver at once, in more code
    shipper = Shipper.of(batches, (body, done) -> pageTransport.send(body, done),
        body -> pageTransport.leave(body), clock, this::metaJson, this::settled);
    shipper.every(60_000);
    configureNow(options);
    onHide = event -> {
      if (!"visibilitychange".equals(event.type) || "hidden".equals(Page.document().visibilityState)) {
        if (PageDataSwitch.on()) {
          addOns.on(false);
        }
        shipper.leave();
      }
    };
    Events.on(Page.window(), "pagehide", onHide);
    Events.on(Page.document(), "visibilitychange", onHide);
    JsPropertyMap<Object> given = Js.asPropertyMap(options);
    stopErrors = Js.isTripleEqual(given.get("captureErrors"), false) ? null : ErrorCapture.start(this::logError);
    if (Js.isTruthy(given.get("pageTimings"))) {
      PageTimings.report(this::logInfo);
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

  @JsOverlay
  private Logger logInfo(String event, Object payload) {
    return log("info", 1, event, payload);
  }

  @JsOverlay
  private Logger logError(String event, Object payload) {
    return log("error", 3, event, payload);
  }

  @JsOverlay
  private Logger add(JsArray<Builder> builders, Builder builder) {
    builders.push(builder);
    return this;
  }

  @JsOverlay
  private Logger trackNow(Object payload) {
    batches.add(Buffer.TRACKING, Page.stringify(Builders.apply(trackingBuilders, Builders.copy(payload, JsPropertyMap.of()))));
    return this;
  }

  @JsOverlay
  private Logger metricNow(Object metric) {
    JsPropertyMap<Object> body = Builders.copy(metric, JsPropertyMap.of());
    if (metricPrefix != null) {
      body.set("metricNamespace", metricPrefix + "." + Js.asString(body.get("metricNamespace")));
    }
    if (dimensionBuilders.length > 0) {
      body.set("dimensions", Builders.apply(dimensionBuilders, Builders.copy(body.get("dimensions"), JsPropertyMap.of())));
    }
    batches.add(Buffer.METRIC, Page.stringify(body));
    return this;
  }

  @JsOverlay
  private Logger startNow() {
    if (PageDataSwitch.on()) {
      transitions(Transitions.INITIAL).start(Timeline.now());
    }
    return this;
  }

  @JsOverlay
  private Logger endNow(String to) {
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

  @JsOverlay
  private Logger configureNow(Options options) {
    JsPropertyMap<Object> given = Js.asPropertyMap(options);
    if (given.has("url")) {
      pageTransport.postTo = Js.asString(given.get("url"));
    }
    if (given.has("prefix")) {
      namePrefix = Js.asString(given.get("prefix"));
    }
    if (given.has("metricNamespacePrefix")) {
      metricPrefix = Js.asString(given.get("metricNamespacePrefix"));
    }
    if (given.has("logLevel")) {
      consoleRank = rank(Js.asString(given.get("logLevel")));
    }
    if (given.has("enableSendBeacon")) {
      pageTransport.beacon = Js.isTruthy(given.get("enableSendBeacon"));
    }
    if (given.has("transport")) {
      pageTransport.custom = Js.uncheckedCast(given.get("transport"));
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

  @JsOverlay
  private void destroyNow() {
    shipper.stop();
    if (PageDataSwitch.on()) {
      addOns.on(true);
    }
    Events.off(Page.window(), "pagehide", onHide);
    Events.off(Page.document(), "visibilitychange", onHide);
    if (stopErrors != null) {
      stopErrors.run();
    }
  }

  @JsOverlay
  private Logger log(String level, int levelRank, String event, Object payload) {
    String name = namePrefix == null ? event : namePrefix + "_" + event;
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
    batches.add(Buffer.EVENT, Page.stringify(entry));
    if (levelRank >= 2) {
      shipper.soon();
    }
    return this;
  }

  /** The transitions, made at the first use in {@code initial} state; from then on ids and state go out. */
  @JsOverlay
  private Transitions transitions(String initial) {
    if (transitions == null) {
      Transitions states = Transitions.of(initial, Timeline.number(Timeline.navigation().get("connectEnd"), 0),
          () -> Ids.random(clock, 10, 16), this::logTransition);
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
  @JsOverlay
  private void logTransition(String name, double duration) {
    JsPropertyMap<Object> event = JsPropertyMap.of();
    event.set("duration", duration);
    logInfo(name, event);
    JsPropertyMap<Object> tracking = JsPropertyMap.of();
    tracking.set("transition", name);
    tracking.set("transition_time", duration);
    trackNow(tracking);
    shipper.flush();
  }

  @JsOverlay
  private Logger typed(Object given, String type, double defaultValue) {
    JsPropertyMap<Object> from = Js.asPropertyMap(given);
    JsPropertyMap<Object> metric = JsPropertyMap.of();
    metric.set("metricNamespace", from.get("namespace"));
    metric.set("metricEventName", from.get("event"));
    metric.set("metricType", type);
    Object value = from.get("value");
    metric.set("metricValue", value == null ? (Object) defaultValue : value);
    metric.set("dimensions", from.get("dimensions"));
    return metricNow(metric);
  }

  /** {@code console[level](name, payload)}: one property lookup rather than a switch over four calls. */
  @JsOverlay
  private static void print(String level, String name, Object payload) {
    Js.<ConsoleMethod>uncheckedCast(Page.console().get(level)).call(Page.console(), name, payload);
  }

  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Function")
  private interface ConsoleMethod {
    void call(Object self, String name, Object payload);
  }

  @JsOverlay
  private static int rank(String level) {
    // the index in a JavaScript array: a smaller bundle than a switch
    int at = new JsArray<>("debug", "info", "warn", "error", "silent").indexOf(level);
    return at < 0 ? 2 : at;
  }

  /** JavaScript's own number to text: epoch milliseconds as digits, as beaver sends them. */
  @JsMethod(namespace = JsPackage.GLOBAL, name = "String")
  private static native String jsString(double value);

  @JsOverlay
  private String metaJson() {
    return Page.stringify(Builders.apply(metaBuilders, JsPropertyMap.of()));
  }

  @JsOverlay
  private Promise<Object> whenSettled() {
    if (flushing == null) {
      flushing = new Promise<>((resolved, rejected) -> settle = resolved);
    }
    return flushing;
  }

  @JsOverlay
  private void settled() {
    if (settle != null) {
      Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Object> done = settle;
      settle = null;
      flushing = null;
      done.onInvoke((Object) null);
    }
  }
}
