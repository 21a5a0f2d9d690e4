/**
 * @fileoverview The whole JavaScript API of post-robot.js: the global postRobot.
 */
goog.module('io.xwindow.postrobot.entry');

const PostRobot = goog.require('io.xwindow.postrobot.PostRobot');

goog.exportSymbol('postRobot.version', PostRobot.version());
