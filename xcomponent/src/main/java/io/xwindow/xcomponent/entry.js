/**
 * @fileoverview xcomponent.js: the global xcomponent.
 */
goog.module('io.xwindow.xcomponent.entry');

const Install = goog.require('io.xwindow.xcomponent.install');

Install.install('xcomponent');
