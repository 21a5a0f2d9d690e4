/**
 * @param {function(*, !Window, string): boolean} claims
 * @param {function(*, !Window, string): void} deliver
 * @return {*}
 * @public
 */
Copies.register = function(claims, deliver) {
  // Symbol read from the global: a bare Symbol makes Closure add its ES5 polyfill. Without one
  // (an ES5 browser), the name itself, on a property that no loop lists.
  var symbol = goog.global['Symbol'];
  var key = symbol ? symbol['for']('xwindow.post-robot.copies') : 'xwindow.post-robot.copies';
  var all = goog.global[key];
  if (!all) {
    all = [];
    Object.defineProperty(goog.global, key, {value: all});
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
  var symbol = goog.global['Symbol'];
  return goog.global[symbol ? symbol['for']('xwindow.post-robot.copies') : 'xwindow.post-robot.copies'] || [];
};
