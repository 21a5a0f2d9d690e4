/**
 * @fileoverview beaver-transitions.js, the automatic page transitions of beaver-logger.js: loaded
 * after it, it registers the watch of same-document navigations that a logger made with the
 * option autoTransitions starts. It defines no global.
 */
goog.module('io.xwindow.beaver.transitionsentry');

const PageTransitions = goog.require('io.xwindow.beaver.browser.PageTransitions');

PageTransitions.install();
