/**
 * Typings of xwindow's xcomponent-child.js: the child's build, for a component's own page that
 * renders no component, under the global `xcomponent`. It has the API of xcomponent.js, whose
 * types it takes from the xcomponent.d.ts beside this file; calling a component with props, or its
 * `driver`, throws an XComponentError with code `CHILD_ONLY`.
 */
import xcomponent = require('./xcomponent');

export = xcomponent;
export as namespace xcomponent;
