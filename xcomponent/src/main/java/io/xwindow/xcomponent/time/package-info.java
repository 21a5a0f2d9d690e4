/**
 * Time, behind a seam: {@link io.xwindow.xcomponent.time.Timers} is how xcomponent waits, so that
 * what it decides over time (a render timeout, a window that went away) is tested on the JVM with
 * a clock the test holds, and its browser tests never wait on purpose.
 */
package io.xwindow.xcomponent.time;
