/**
 * @param {*} target
 * @param {?string} name
 * @param {?function(*):void} before
 * @return {function():void}
 * @public
 */
PageTransitions.wrap = function(target, name, before) {
  var original = target[name];
  var on = true;
  var wrapper = function() {
    if (on) {
      before(undefined);
    }
    return original.apply(this, arguments);
  };
  target[name] = wrapper;
  return function() {
    on = false;
    if (target[name] === wrapper) {
      target[name] = original;
    }
  };
};
