/* penpal 7: a handshake over window.postMessage, then every call on a private MessageChannel. */
window.benchAdapter = {
  connect: function (child, childOrigin) {
    var messenger = new Penpal.WindowMessenger({ remoteWindow: child, allowedOrigins: [childOrigin] });
    return Penpal.connect({ messenger: messenger, methods: {} }).promise.then(function (remote) {
      return function call(data) {
        return remote.echo(data);
      };
    });
  }
};
