/**
 * @fileoverview The variable through which the module form of a bundle (define xwindow.MODULE)
 * hands its API to the ES module around it: a local of that module, never a global.
 * @externs
 */

/** @type {?} */
var xwindowModuleApi;
