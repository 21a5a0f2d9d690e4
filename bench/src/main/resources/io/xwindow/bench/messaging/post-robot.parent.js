/*
 * post-robot's API, the same for post-robot 10 and for our post-robot.js: whichever library the
 * page loaded answers to the global postRobot.
 */
window.benchAdapter = {
  connect: function (child, childOrigin) {
    return function call(data) {
      return postRobot.send(child, 'echo', data, { domain: childOrigin }).then(function (response) {
        return response.data;
      });
    };
  }
};
