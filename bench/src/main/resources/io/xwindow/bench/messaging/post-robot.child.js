/* Answers echo, to the parent's origin only, with the data it was sent. */
postRobot.on('echo', { domain: window.benchConfig.parentOrigin }, function (event) {
  return event.data;
});
