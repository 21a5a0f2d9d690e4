/* Raw MessageChannel: one port handed to the child over window.postMessage, then every call on it. */
window.benchAdapter = {
  connect: function (child, childOrigin) {
    var channel = new MessageChannel();
    var waiting = new Map();
    channel.port1.onmessage = function (event) {
      var resolve = waiting.get(event.data.n);
      waiting.delete(event.data.n);
      resolve(event.data);
    };
    child.postMessage({ benchPort: true }, childOrigin, [channel.port2]);
    return function call(data) {
      return new Promise(function (resolve) {
        waiting.set(data.n, resolve);
        channel.port1.postMessage(data);
      });
    };
  }
};
