/**
 * Settled once: each task is one reaction on it, no promise of its own.
 * @const {!Promise<void>}
 */
const settled = Promise.resolve();

/**
 * @param {function():void} task
 * @public
 */
Microtask.queue = function(task) {
  settled.then(task);
};
