/**
 * How the modules wait: {@link io.xwindow.base.time.Timers}, the page's
 * {@link io.xwindow.base.time.PageTimers} in the browser, {@link io.xwindow.base.time.ManualTimers}
 * (a clock the test holds) on the JVM. One seam for post-robot, xcomponent and beaver-logger.
 */
package io.xwindow.base.time;
