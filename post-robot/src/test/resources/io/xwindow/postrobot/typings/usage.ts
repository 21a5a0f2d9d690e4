/// <reference path="post-robot.d.ts" />
// Compiles against the typings with --strict: the API as a partner page uses it.
const listener: postRobot.Listener = postRobot.on('getUser', { domain: /^https:\/\/shop\./ }, (event) => {
  const from: string = event.origin;
  const win: Window = event.source;
  return { name: 'Ann', from, win };
});
listener.cancel();
postRobot.on('ping', () => Promise.resolve('pong'));
const first: postRobot.OncePromise<number> = postRobot.once<number>('ready');
first.cancel();
postRobot
  .send<{ name: string }>(window.parent, 'getUser', { id: 42 }, { domain: ['https://a.test'], timeout: 5000 })
  .then((response) => response.data.name.toUpperCase())
  .catch((error: postRobot.PostRobotError) => {
    const code: string = error.code;
    return code === 'NO_HANDLER' ? 'nobody' : error.message;
  });
const stats: postRobot.Stats = postRobot.stats();
const total: number = stats.functions + stats.pending + stats.listeners;
postRobot.cleanUpWindow(window);
const version: string = postRobot.version;
postRobot.on('checkout', (event) => {
  const proxy: postRobot.ProxyWindow = event.data.win;
  return proxy
    .matchWindow(window.parent.frames[1], { send: postRobot.send })
    .then((matched: boolean) => (matched ? postRobot.send(proxy, 'pay', { amount: 10 }) : null));
});
