package io.xwindow.beaver;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * The options of {@link Beaver#logger}: a plain JavaScript object, as beaver's. From Java:
 * {@code new Options().url("/api/log").prefix("shop").logLevel("silent")}. Every key is optional:
 * {@code url}, {@code prefix}, {@code logLevel} (console threshold: debug, info, warn (default),
 * error or silent), {@code flushInterval} (ms, default 60,000), {@code enableSendBeacon},
 * {@code transport}, {@code metricNamespacePrefix}, {@code captureErrors} (default true),
 * {@code pageTimings} (default false), {@code autoTransitions} (default false; true, or "start";
 * needs beaver-transitions.js), {@code webVitals} (default false; needs beaver-vitals.js),
 * {@code maxEvents} (default 1,000 entries waiting), {@code maxBytes} (default 500,000 characters
 * waiting).
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public class Options {
  /** Sets {@code key} to {@code value}; returns these options. */
  @JsOverlay
  public final Options set(String key, Object value) {
    Js.asPropertyMap(this).set(key, value);
    return this;
  }

  /** Where batches are POSTed, e.g. {@code /api/log}. */
  @JsOverlay
  public final Options url(String url) {
    return set("url", url);
  }

  /** Events are named {@code prefix_event}. */
  @JsOverlay
  public final Options prefix(String prefix) {
    return set("prefix", prefix);
  }

  /** The console threshold: debug, info, warn, error or silent. */
  @JsOverlay
  public final Options logLevel(String level) {
    return set("logLevel", level);
  }

  /** Milliseconds between flushes; 0 flushes only on warn/error, flush() and page hide. */
  @JsOverlay
  public final Options flushInterval(double millis) {
    return set("flushInterval", millis);
  }
}
