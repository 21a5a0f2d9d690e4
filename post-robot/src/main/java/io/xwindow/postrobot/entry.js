/**
 * @fileoverview The whole JavaScript API of post-robot.js: the global postRobot, the same shape
 * as post-robot 10's. Everything not exported here is renamed or removed by Closure.
 */
goog.module('io.xwindow.postrobot.entry');

const JsApi = goog.require('io.xwindow.postrobot.JsApi');
const Listener = goog.require('io.xwindow.postrobot.Listener');

/**
 * Throws a registration error the Java side returned, as post-robot throws it.
 * @param {*} result
 * @return {*}
 */
function thrown(result) {
  if (result instanceof Error) {
    throw result;
  }
  return result;
}

goog.exportSymbol('postRobot.on', function(name, options, handler) {
  return thrown(JsApi.on(name, options, handler));
});
goog.exportSymbol('postRobot.once', function(name, options, handler) {
  return thrown(JsApi.once(name, options, handler));
});
goog.exportSymbol('postRobot.send', JsApi.send);
goog.exportSymbol('postRobot.cleanUpWindow', JsApi.cleanUpWindow);
goog.exportSymbol('postRobot.stats', JsApi.stats);
goog.exportSymbol('postRobot.version', JsApi.version());
goog.exportProperty(Listener.prototype, 'cancel', Listener.prototype.cancel);

JsApi.setup();
