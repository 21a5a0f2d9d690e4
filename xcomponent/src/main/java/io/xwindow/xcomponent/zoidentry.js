/**
 * @fileoverview zoid.js: the same build as xcomponent.js, under the global zoid, so that a page
 * that loads zoid swaps the script tag and nothing else.
 */
goog.module('io.xwindow.xcomponent.zoidentry');

const Install = goog.require('io.xwindow.xcomponent.install');

Install.install('zoid');
