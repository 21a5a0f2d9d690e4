/**
 * The log endpoint: {@link io.xwindow.beaver.server.LogEndpoint} wires an Undertow handler that
 * takes beaver-logger batches ({@code POST} JSON or {@code text/plain} beacons, {@code GET} single
 * events), checks origin, rate and size, drops retried batches it has already logged, sheds
 * debug/info first when saturated, and hands the rest to a {@link io.xwindow.beaver.server.sink.Sink}.
 * Every refusal is an {@link io.xwindow.beaver.server.ErrorCode} with its HTTP status.
 */
package io.xwindow.beaver.server;
