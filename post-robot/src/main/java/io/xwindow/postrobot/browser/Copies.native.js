/**
 * Symbol read from the global: a bare Symbol makes Closure add its ES5 polyfill. Without one (an
 * ES5 browser), the name itself, on a property that no loop lists.
 * @const {*}
 */
const copiesKey = goog.global['Symbol'] ? goog.global['Symbol']['for']('xwindow.post-robot.copies')
    : 'xwindow.post-robot.copies';

/**
 * @param {function(*, !Window, string): boolean} claims
 * @param {function(*, !Window, string): void} deliver
 * @return {*}
 * @public
 */
Copies.register = function(claims, deliver) {
  var all = goog.global[copiesKey];
  if (!all) {
    all = [];
    Object.defineProperty(goog.global, copiesKey, {value: all});
  }
  var copy = {'claims': claims, 'deliver': deliver};
  all.push(copy);
  return copy;
};

/**
 * @return {!Array<*>}
 * @public
 */
Copies.registry = function() {
  return goog.global[copiesKey] || [];
};
