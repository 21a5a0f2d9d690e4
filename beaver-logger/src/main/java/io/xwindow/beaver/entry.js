/**
 * @fileoverview The whole JavaScript API of beaver-logger.js: the global beaver, the shape of
 * beaver-logger 4 and 5. Everything not named here is renamed or removed by Closure.
 */
goog.module('io.xwindow.beaver.entry');

const Beaver = goog.require('io.xwindow.beaver.Beaver');
const {publish} = goog.require('io.xwindow.base.publish');

// The logger's methods keep their names through beaver-logger.externs.js.
publish('beaver-logger', 'beaver', {
  'Logger': Beaver.logger,
  'LOG_LEVEL': {'DEBUG': 'debug', 'INFO': 'info', 'WARN': 'warn', 'ERROR': 'error', 'SILENT': 'silent'},
  'PROTOCOL': {'FILE': 'file:'},
  'version': Beaver.version(),
});
