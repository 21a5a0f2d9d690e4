/**
 * @fileoverview How a bundle hands out its JavaScript API, in one place for every bundle.
 *
 * A script tag defines the library's documented global (postRobot, xcomponent, zoid, beaver,
 * memcookies). The module form of the npm package is the same code built with the define
 * xwindow.MODULE: it hands the API to the ES module around it, in that module's own variable
 * _ (declared in base.externs.js), and defines no global.
 *
 * One copy of a library per window. Two copies in one page (a script tag and the module, or two
 * versions of the package) would each listen to every message, and the one without the listener
 * would answer a request with NO_HANDLER. So the first copy to start in a window registers its
 * API on the window under Symbol.for('xwindow.<library>'), a key that no name reaches and no
 * listing of the globals shows; a copy that finds one there hands out that API and starts nothing.
 */
goog.module('io.xwindow.base.publish');

/** @define {boolean} True in the build of the npm package's module form. */
const MODULE = goog.define('xwindow.MODULE', false);

/**
 * Hands out {@code api}, or the API of the copy of {@code library} already started in this window.
 * Called once, as the code is evaluated (in the module form, as the module is imported).
 * @param {string} library the registry key, e.g. 'xcomponent' for both xcomponent.js and zoid.js
 * @param {string} name the global a script tag defines, e.g. 'zoid'
 * @param {!Object} api
 * @return {boolean} whether a script tag should start its work now: false when another copy
 *     serves the window, and in the module form, whose work starts with the first call
 */
exports.publish = function(library, name, api) {
  const global = goog.global;
  // Symbol read from the global: a bare Symbol makes Closure add its ES5 polyfill. Where the
  // global has none (an ES5 browser, or the bundle evaluated with another `this`, as a server-side
  // renderer may), the key is the name itself, on a property that no loop lists. The module form
  // runs where ES modules do, and always with globalThis: Symbol is there.
  const symbol = global['Symbol'];
  const key = MODULE ? symbol['for']('xwindow.' + library)
      : symbol ? symbol['for']('xwindow.' + library) : 'xwindow.' + library;
  if (MODULE) {
    // Imported, the module registers nothing and starts nothing (server-side rendering imports
    // it where there is no window): each function of its API looks, when it is called, for the
    // copy that serves the window (a script tag's, another version's, or this one, registered
    // then). Its constants are this copy's.
    const handed = {};
    for (const member in api) {
      const value = api[member];
      handed[member] = typeof value == 'function' ? function() {
        const live = global[key] || (Object.defineProperty(global, key, {value: api}), api);
        return live[member].apply(live, arguments);
      } : value;
    }
    _ = handed;
    return false;
  }
  const live = global[key];
  if (!live) {
    Object.defineProperty(global, key, {value: api});
  }
  global[name] = live || api;
  return !live;
};
