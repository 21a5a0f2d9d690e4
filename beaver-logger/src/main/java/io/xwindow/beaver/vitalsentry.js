/**
 * @fileoverview beaver-vitals.js, the web vitals for beaver-logger.js: loaded after it, it
 * registers what a logger made with the option webVitals starts. It defines no global.
 */
goog.module('io.xwindow.beaver.vitalsentry');

const WebVitals = goog.require('io.xwindow.beaver.browser.WebVitals');

WebVitals.install();
