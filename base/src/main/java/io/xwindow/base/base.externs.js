/**
 * @fileoverview The variable through which the module form of a bundle (define xwindow.MODULE)
 * hands its API to the ES module around it: a local of that module, never a global. One
 * character, as Closure names its own variables (the module writes it four times: a long name
 * cost the gzipped module 13 B more), and the one Closure never generates (its names start with a
 * letter or $), so declaring it changes no name in the script-tag bundles. No code reads it; the
 * externs only keep Closure from renaming the assignment.
 * @externs
 */

/** @type {?} */
var _;
