/**
 * The log endpoint: {@link io.xwindow.beaver.server.LogEndpoint} wires an Undertow handler that
 * takes beaver-logger batches ({@code POST} JSON or {@code text/plain} beacons, and {@code GET}
 * single events when allowed), checks origin, rate and size, reads bodies as they arrive within a
 * timeout and a byte budget, drops retried batches it has already logged, sheds debug/info first
 * when saturated, and hands the rest to a {@link io.xwindow.beaver.server.sink.Sink}. Every refusal
 * is an {@link io.xwindow.beaver.server.ErrorCode} with its HTTP status. {@link
 * io.xwindow.serverkit.Timeouts} are the Undertow timeouts a server of the endpoint needs.
 */
package io.xwindow.beaver.server;
