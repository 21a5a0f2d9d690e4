/**
 * post-robot's errors: {@link io.xwindow.postrobot.error.PostRobotError} (a JavaScript {@code
 * Error} with a stable {@link io.xwindow.postrobot.error.ErrorCode}), all made in one place,
 * {@link io.xwindow.postrobot.error.Errors}; {@link
 * io.xwindow.postrobot.error.PostRobotException} for Java callers. Part of post-robot's public
 * base: it uses nothing else of post-robot.
 */
package io.xwindow.postrobot.error;
