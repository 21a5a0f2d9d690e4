/**
 * Typings of xwindow's zoid-child.js: the child's build under the global `zoid`, for a component's
 * own page written for zoid 10.6 that renders no component. It has the API of zoid.js, whose types
 * are those of the xcomponent.d.ts beside this file; calling a component with props, or its
 * `driver`, throws an XComponentError with code `CHILD_ONLY`.
 */
import xcomponent = require('./xcomponent');

export = xcomponent;
export as namespace zoid;
