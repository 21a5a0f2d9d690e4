/**
 * What the server modules share: {@link io.xwindow.serverkit.Cors}, the one CORS of the log
 * endpoint and the memcookies middleware, and {@link io.xwindow.serverkit.Outcome}, a value or the
 * error that stopped it; and what every Undertow server xwindow starts shares: {@link
 * io.xwindow.serverkit.Timeouts}, the limits on how long a connection may wait for a client.
 */
package io.xwindow.serverkit;
