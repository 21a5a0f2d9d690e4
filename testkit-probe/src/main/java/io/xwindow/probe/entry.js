/**
 * @fileoverview The probe's whole JavaScript API: the global xwindowProbe.
 */
goog.module('io.xwindow.probe.entry');

const Probe = goog.require('io.xwindow.probe.Probe');

goog.exportSymbol('xwindowProbe.answer', Probe.answer);
goog.exportSymbol('xwindowProbe.ping', Probe.ping);
goog.exportSymbol('xwindowProbe.ignored', Probe.ignored);
