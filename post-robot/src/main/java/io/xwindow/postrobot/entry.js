/**
 * @fileoverview The whole JavaScript API of post-robot.js: the global postRobot, the same shape
 * as post-robot 10's. Everything not named here is renamed or removed by Closure. (One object
 * literal with quoted names costs less than a goog.exportSymbol call per name.)
 */
goog.module('io.xwindow.postrobot.entry');

const JsApi = goog.require('io.xwindow.postrobot.JsApi');
const {publish} = goog.require('io.xwindow.base.publish');
const ProxyWindow = goog.require('io.xwindow.postrobot.serialize.ProxyWindow');

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

// Listener's cancel keeps its name without an alias: post-robot.externs.js declares it. ProxyWindow's
// methods are aliased here, not declared there: the externs reach xcomponent.js and zoid.js too,
// where they would keep every method of ProxyWindow (measured: +244 B gzipped each, -80 B here).
const proxy = ProxyWindow.prototype;
proxy['getID'] = proxy.getID;
proxy['getType'] = proxy.getType;
proxy['isPopup'] = proxy.isPopup;
proxy['isClosed'] = proxy.isClosed;
proxy['close'] = proxy.close;
proxy['focus'] = proxy.focus;
proxy['getName'] = proxy.getName;
proxy['setName'] = proxy.setName;
proxy['getInstanceID'] = proxy.getInstanceID;
proxy['setLocation'] = proxy.setLocation;
proxy['matchWindow'] = proxy.matchWindow;
proxy['getWindow'] = proxy.getWindow;
proxy['unwrap'] = proxy.unwrap;
proxy['awaitWindow'] = proxy.awaitWindow;
proxy['isProxyWindow'] = true;

const api = {
  'on': function(name, options, handler) {
    return thrown(JsApi.on(name, options, handler));
  },
  'once': function(name, options, handler) {
    return thrown(JsApi.once(name, options, handler));
  },
  'send': JsApi.send,
  'cleanUpWindow': JsApi.cleanUpWindow,
  'stats': JsApi.stats,
  'version': JsApi.version(),
};

if (publish('post-robot', 'postRobot', api)) {
  JsApi.setup();
}
