/**
 * post-robot calls a function handed to another window with `this` as {source, origin}: the
 * window and origin of the call, as the browser reported them.
 * @param {function(string, *):*} handler
 * @return {function(*):*}
 * @private
 */
ZoidParent.withOrigin = function(handler) {
  return function(value) {
    return handler(this.origin, value);
  };
};
