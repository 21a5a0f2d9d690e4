/**
 * @param {function(!Array<*>):*} body
 * @return {!Function}
 * @public
 */
Variadics.of = function(body) {
  return function() {
    return body(Array.prototype.slice.call(arguments));
  };
};
