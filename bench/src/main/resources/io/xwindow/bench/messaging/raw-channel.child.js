/* Takes the port the parent sends, then echoes everything that arrives on it. */
window.addEventListener('message', function (event) {
  if (event.origin === window.benchConfig.parentOrigin && event.data && event.data.benchPort) {
    var port = event.ports[0];
    port.onmessage = function (message) {
      port.postMessage(message.data);
    };
  }
});
