/**
 * @return {*} the page's Clock: its property names are those of the Java interface, which
 *     Closure renames alike here and at the calls
 * @public
 */
PageClock.create = function() {
  return {
    later: function(millis, task) {
      return setTimeout(task, millis);
    },
    clearLater: function(handle) {
      clearTimeout(handle);
    },
    random: Math.random,
  };
};
