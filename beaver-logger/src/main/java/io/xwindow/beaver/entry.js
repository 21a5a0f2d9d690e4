/**
 * @fileoverview The whole JavaScript API of beaver-logger.js: the global beaver.
 */
goog.module('io.xwindow.beaver.entry');

const Beaver = goog.require('io.xwindow.beaver.Beaver');

goog.exportSymbol('beaver.version', Beaver.version());
