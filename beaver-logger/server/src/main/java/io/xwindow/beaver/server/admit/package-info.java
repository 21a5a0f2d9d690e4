/**
 * Whether a request's batch is taken: its client's rate (requests and body bytes) and its batch
 * id, in one decision. {@link io.xwindow.beaver.server.admit.LocalAdmitter} decides in this JVM;
 * {@link io.xwindow.beaver.server.admit.FleetAdmitter} decides in Redis for a fleet of instances
 * ({@link io.xwindow.beaver.server.admit.RedisAdmissions}, one round trip) and falls back to this
 * JVM when Redis fails or stalls, behind a {@link io.xwindow.beaver.server.admit.CircuitBreaker}.
 */
package io.xwindow.beaver.server.admit;
