/**
 * @fileoverview The names of beaver-logger.js's public API, kept by Closure ADVANCED: the
 * methods of a logger. (Declared here they cost nothing in the bundle; exported one by one in
 * entry.js they would.)
 * @externs
 */

/** @record */
function BeaverLoggerNames() {}
/** @type {?} */ BeaverLoggerNames.prototype.debug;
/** @type {?} */ BeaverLoggerNames.prototype.info;
/** @type {?} */ BeaverLoggerNames.prototype.warn;
/** @type {?} */ BeaverLoggerNames.prototype.error;
/** @type {?} */ BeaverLoggerNames.prototype.track;
/** @type {?} */ BeaverLoggerNames.prototype.metric;
/** @type {?} */ BeaverLoggerNames.prototype.metricCounter;
/** @type {?} */ BeaverLoggerNames.prototype.metricGauge;
/** @type {?} */ BeaverLoggerNames.prototype.metricHistogram;
/** @type {?} */ BeaverLoggerNames.prototype.flush;
/** @type {?} */ BeaverLoggerNames.prototype.immediateFlush;
/** @type {?} */ BeaverLoggerNames.prototype.addPayloadBuilder;
/** @type {?} */ BeaverLoggerNames.prototype.addMetaBuilder;
/** @type {?} */ BeaverLoggerNames.prototype.addTrackingBuilder;
/** @type {?} */ BeaverLoggerNames.prototype.addHeaderBuilder;
/** @type {?} */ BeaverLoggerNames.prototype.addMetricDimensionBuilder;
/** @type {?} */ BeaverLoggerNames.prototype.setTransport;
/** @type {?} */ BeaverLoggerNames.prototype.configure;
/** @type {?} */ BeaverLoggerNames.prototype.destroy;
/** @type {?} */ BeaverLoggerNames.prototype.startTransition;
/** @type {?} */ BeaverLoggerNames.prototype.endTransition;
/** @type {?} */ BeaverLoggerNames.prototype.transition;
