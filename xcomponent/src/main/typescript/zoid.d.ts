/**
 * Typings of xwindow's zoid.js: the same build as xcomponent.js under the global `zoid`, so that
 * a page written for zoid 10.6 swaps its script tag and nothing else. The types are those of
 * xcomponent.d.ts, which ships beside this file: `zoid.Component<P>` is `xcomponent.Component<P>`.
 */
import xcomponent = require('./xcomponent');

export = xcomponent;
export as namespace zoid;
