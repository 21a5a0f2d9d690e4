/**
 * @param {?string} name
 * @return {*} the key of the add-on beaver-NAME.js on the window (Symbol read from the global: a
 *     bare Symbol brings Closure's ES5 polyfill)
 */
function addOnKey(name) {
  var symbol = goog.global['Symbol'];
  var key = 'xwindow.beaver-' + name;
  return symbol ? symbol['for'](key) : key;
}

/**
 * @param {?string} option
 * @param {?string} name
 * @return {*}
 * @public
 */
AddOns.find = function(option, name) {
  var addOn = goog.global[addOnKey(name)];
  if (!addOn) {
    goog.global['console']['warn']('beaver: ' + option + ' needs beaver-' + name + '.js');
  }
  return addOn || null;
};

/**
 * @param {?string} name
 * @param {*} addOn
 * @public
 */
AddOns.register = function(name, addOn) {
  Object.defineProperty(goog.global, addOnKey(name), {value: addOn, configurable: true});
};
