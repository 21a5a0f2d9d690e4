/**
 * @param {function():void} task
 * @public
 */
Microtask.queue = function(task) {
  var queue = goog.global['queueMicrotask'];
  if (typeof queue === 'function') {
    queue.call(goog.global, task);
  } else {
    Promise.resolve().then(task);
  }
};
