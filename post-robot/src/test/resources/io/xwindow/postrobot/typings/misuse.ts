/// <reference path="post-robot.d.ts" />
// Must NOT compile: the typings catch these mistakes.
postRobot.send(window, 'x', {}, { timeout: 'soon' });
