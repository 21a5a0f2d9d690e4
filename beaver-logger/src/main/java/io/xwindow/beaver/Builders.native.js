/**
 * @param {*} source
 * @param {*} target
 * @return {*}
 * @public
 */
Builders.copy = function(source, target) {
  if (source != null) {
    for (var key in source) {
      if (source[key] !== undefined) {
        target[key] = source[key];
      }
    }
  }
  return target;
};
