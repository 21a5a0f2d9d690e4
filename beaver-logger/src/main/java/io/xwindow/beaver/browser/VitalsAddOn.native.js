/**
 * @return {*} the key of the add-on on the window (Symbol read from the global: a bare Symbol
 *     brings Closure's ES5 polyfill)
 */
function vitalsAddOnKey() {
  var symbol = goog.global['Symbol'];
  return symbol ? symbol['for']('xwindow.beaver-vitals') : 'xwindow.beaver-vitals';
}

/**
 * @return {?function(*, ?string):?function(boolean):void}
 * @public
 */
VitalsAddOn.find = function() {
  return goog.global[vitalsAddOnKey()] || null;
};

/**
 * @param {?function(*, ?string):?function(boolean):void} start
 * @public
 */
VitalsAddOn.register = function(start) {
  Object.defineProperty(goog.global, vitalsAddOnKey(), {value: start, configurable: true});
};
