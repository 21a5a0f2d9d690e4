/**
 * @fileoverview Starts the Java child frame. It exports nothing: the page only runs it.
 */
goog.module('io.xwindow.samples.java.entry');

const JavaChild = goog.require('io.xwindow.samples.java.JavaChild');

JavaChild.start();
