/* Echoes every message from the parent's origin straight back. */
window.addEventListener('message', function (event) {
  if (event.origin === window.benchConfig.parentOrigin) {
    event.source.postMessage(event.data, event.origin);
  }
});
