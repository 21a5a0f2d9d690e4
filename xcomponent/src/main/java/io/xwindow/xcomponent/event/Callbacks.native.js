/**
 * @param {*} callback
 * @param {*} argument
 * @return {*}
 */
Callbacks.call = function(callback, argument) {
  try {
    return callback(argument);
  } catch (e) {
    setTimeout(function() {
      throw e;
    }, 0);
    return undefined;
  }
};
