/* Raw window.postMessage: the floor every postMessage library stands on. */
window.benchAdapter = {
  connect: function (child, childOrigin) {
    var waiting = new Map();
    window.addEventListener('message', function (event) {
      if (event.source !== child || event.origin !== childOrigin) {
        return;
      }
      var resolve = waiting.get(event.data.n);
      waiting.delete(event.data.n);
      resolve(event.data);
    });
    return function call(data) {
      return new Promise(function (resolve) {
        waiting.set(data.n, resolve);
        child.postMessage(data, childOrigin);
      });
    };
  }
};
