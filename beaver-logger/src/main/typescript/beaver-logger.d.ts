/**
 * Typings of beaver-logger.js (xwindow): the global `beaver`, the API of beaver-logger 4 and 5.
 */
declare namespace beaver {
  type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
  type Payload = { [key: string]: unknown };
  type Builder = (soFar: Payload) => Payload | null | undefined | void;

  interface TransportOptions {
    url: string;
    method: string;
    headers: { [name: string]: string };
    json: { events: Array<{ level: string; event: string; payload: Payload }>; meta: Payload; tracking: Payload[]; metrics: Payload[] };
    enableSendBeacon: boolean;
  }
  type Transport = (options: TransportOptions) => Promise<unknown>;

  interface LoggerOptions {
    /** Where batches are POSTed, e.g. "/api/log". */
    url?: string;
    /** Events are named `${prefix}_${event}`. */
    prefix?: string;
    /** Console threshold; default "warn". Every event is sent whatever its level. */
    logLevel?: LogLevel;
    /** Milliseconds between flushes; default 60000; 0 for none. */
    flushInterval?: number;
    /** Use navigator.sendBeacon when the page is hidden (else fetch with keepalive). */
    enableSendBeacon?: boolean;
    transport?: Transport;
    metricNamespacePrefix?: string;
    /** Log uncaught errors and unhandled rejections; default true. */
    captureErrors?: boolean;
    /** Log Navigation Timing and paint timings once loaded; default false. */
    pageTimings?: boolean;
    /**
     * Transitions of a single-page application, on their own; default false. `true`: a
     * same-document navigation starts one and the next paint ends it, in the state named after the
     * new route (`/products/42` is `products_id`); `'start'`: the navigation starts one and your
     * `endTransition()` ends it. Nothing of the page is wrapped where the Navigation API exists.
     * Needs the add-on `beaver-transitions.js`, loaded after `beaver-logger.js` (without it, no
     * automatic transitions and a console warning).
     */
    autoTransitions?: boolean | 'start';
    /**
     * Log LCP, INP, CLS, FCP and TTFB (as web-vitals measures them) when the page is hidden: a
     * `web_vitals` gauge each (dimensions `route`, `rating`) and one `web_vitals` event; a metric
     * the browser cannot measure is left out. Default false. Needs the add-on `beaver-vitals.js`,
     * loaded after `beaver-logger.js` (without it, no vitals and a console warning).
     */
    webVitals?: boolean;
    /** Entries kept waiting before the oldest go; default 1000. */
    maxEvents?: number;
    /** Characters kept waiting before the oldest go; default 500000. */
    maxBytes?: number;
  }

  interface Metric {
    metricNamespace: string;
    metricEventName: string;
    metricValue?: number;
    metricType?: string;
    dimensions?: Payload;
  }
  interface MetricHelper {
    namespace: string;
    event: string;
    value?: number;
    dimensions?: Payload;
  }

  interface Logger {
    debug(event: string, payload?: Payload): Logger;
    info(event: string, payload?: Payload): Logger;
    warn(event: string, payload?: Payload): Logger;
    error(event: string, payload?: Payload): Logger;
    track(payload: Payload): Logger;
    metric(metric: Metric): Logger;
    metricCounter(counter: MetricHelper): Logger;
    metricGauge(gauge: MetricHelper & { value: number }): Logger;
    metricHistogram(sample: MetricHelper & { value: number }): Logger;
    /** beaver 3: a transition starts now. */
    startTransition(): Logger;
    /**
     * beaver 3: logs `transition_<from>_to_<to>` with its `duration` (ms), tracks
     * `{transition, transition_time}`, flushes at once; the page is then in state `to`. With
     * `autoTransitions`, `to` may be left out: the state is named after the route; without, leaving
     * it out warns on the console and the transition goes on. From the first transition on, events carry `windowID` and `pageID`,
     * and batches `meta.state` `ui_<state>`.
     */
    endTransition(to?: string): Logger;
    /** beaver 3: a transition that starts and ends now. */
    transition(to?: string): Logger;
    flush(): Promise<void>;
    immediateFlush(): Promise<void>;
    addPayloadBuilder(builder: Builder): Logger;
    addMetaBuilder(builder: Builder): Logger;
    addTrackingBuilder(builder: Builder): Logger;
    addHeaderBuilder(builder: (soFar: { [name: string]: string }) => { [name: string]: string } | null | undefined | void): Logger;
    addMetricDimensionBuilder(builder: Builder): Logger;
    setTransport(transport: Transport): Logger;
    configure(options: LoggerOptions): Logger;
    /** Stops the interval and removes every listener. */
    destroy(): void;
  }

  function Logger(options: LoggerOptions): Logger;

  const LOG_LEVEL: { DEBUG: 'debug'; INFO: 'info'; WARN: 'warn'; ERROR: 'error'; SILENT: 'silent' };
  const PROTOCOL: { FILE: 'file:' };
  const version: string;
}
