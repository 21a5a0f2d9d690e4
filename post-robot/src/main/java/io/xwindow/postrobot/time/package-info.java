/**
 * How post-robot, and the modules built on it, wait: {@link io.xwindow.postrobot.time.Timers},
 * the page's {@link io.xwindow.postrobot.time.PageTimers} in the browser, a clock the test holds
 * on the JVM. Part of post-robot's public base.
 */
package io.xwindow.postrobot.time;
