/* Exposes echo to the parent's origin only. */
Comlink.expose(
  {
    echo: function (data) {
      return data;
    }
  },
  Comlink.windowEndpoint(window.parent, self, window.benchConfig.parentOrigin),
  [window.benchConfig.parentOrigin]);
