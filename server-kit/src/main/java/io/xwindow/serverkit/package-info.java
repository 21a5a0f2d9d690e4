/**
 * What every Undertow server xwindow starts shares: {@link io.xwindow.serverkit.Timeouts}, the
 * limits on how long a connection may wait for a client. A library module (the memcookies
 * middleware, the log endpoint's handler) never starts a server and does not need this; the
 * executables and demos that start one do.
 */
package io.xwindow.serverkit;
