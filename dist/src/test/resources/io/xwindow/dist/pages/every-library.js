// Every subpath used on a page that loaded every script tag first: each module serves through
// the script tag's copy, the one copy of its library in this window.
import postRobot from 'xwindow/post-robot';
import xcomponent from 'xwindow/xcomponent';
import zoid from 'xwindow/zoid';
import beaver from 'xwindow/beaver-logger';
import memcookies from 'xwindow/memcookies';

const listeners = window.postRobot.stats().listeners;
const probe = postRobot.on('probe', () => 1);
const sharedListeners = window.postRobot.stats().listeners === listeners + 1;
probe.cancel();
memcookies.setHeaderName('x-shared-jar');
window.seen = {
  sharedListeners,
  sharedJar: window.memcookies.getHeaderName() === 'x-shared-jar',
  loaded: xcomponent.isChild() === false && zoid.isChild() === false && typeof beaver.Logger({ url: '/log' }).info === 'function',
  // the window's one copy of each library is the one its script tag started
  registry: [window.postRobot, window.xcomponent, window.zoid, window.beaver, window.memcookies].map((api, i) =>
    api === window[Symbol.for('xwindow.' + ['post-robot', 'xcomponent', 'xcomponent', 'beaver-logger', 'memcookies'][i])]),
};
