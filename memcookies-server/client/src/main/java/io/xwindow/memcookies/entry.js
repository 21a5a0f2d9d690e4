/**
 * @fileoverview The whole JavaScript API of memcookies.js: the global memcookies.
 */
goog.module('io.xwindow.memcookies.entry');

const MemCookies = goog.require('io.xwindow.memcookies.MemCookies');

goog.exportSymbol('memcookies.version', MemCookies.version());
