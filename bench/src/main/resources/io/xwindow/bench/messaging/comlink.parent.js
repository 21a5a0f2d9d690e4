/* comlink over windowEndpoint: every call is a window.postMessage each way. */
window.benchAdapter = {
  connect: function (child, childOrigin) {
    var remote = Comlink.wrap(Comlink.windowEndpoint(child, self, childOrigin));
    return function call(data) {
      return remote.echo(data);
    };
  }
};
