/* Exposes echo to the parent. */
Penpal.connect({
  messenger: new Penpal.WindowMessenger({
    remoteWindow: window.parent,
    allowedOrigins: [window.benchConfig.parentOrigin]
  }),
  methods: {
    echo: function (data) {
      return data;
    }
  }
});
