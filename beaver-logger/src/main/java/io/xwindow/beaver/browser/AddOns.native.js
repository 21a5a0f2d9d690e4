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
 * @param {*} options
 * @param {*} logger
 * @param {?function():void} navigated
 * @param {*} painted
 * @return {function(boolean):void}
 * @public
 */
AddOns.start = function(options, logger, navigated, painted) {
  var started = [];
  [['autoTransitions', 'transitions'], ['webVitals', 'vitals']].forEach(function(wanted) {
    var option = options[wanted[0]];
    var addOn = option && goog.global[addOnKey(wanted[1])];
    if (addOn) {
      started.push(addOn(logger, option, navigated, painted));
    } else if (option) {
      AddOns.warn(wanted[0] + ' needs beaver-' + wanted[1] + '.js');
    }
  });
  return function(stop) {
    started.forEach(function(control) {
      control(stop);
    });
  };
};

/**
 * @param {?string} name
 * @param {*} addOn
 * @public
 */
AddOns.register = function(name, addOn) {
  Object.defineProperty(goog.global, addOnKey(name), {value: addOn, configurable: true});
};

/**
 * @param {?string} text
 * @public
 */
AddOns.warn = function(text) {
  goog.global['console']['warn']('beaver: ' + text);
};
