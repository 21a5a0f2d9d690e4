/**
 * @fileoverview The whole JavaScript API of xcomponent.js: the global xcomponent.
 */
goog.module('io.xwindow.xcomponent.entry');

const XComponent = goog.require('io.xwindow.xcomponent.XComponent');

goog.exportSymbol('xcomponent.version', XComponent.version());
