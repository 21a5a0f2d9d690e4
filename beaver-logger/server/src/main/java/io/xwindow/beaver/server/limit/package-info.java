/**
 * Overload policy, in plain classes: a per-client allowance of requests and body bytes ({@link
 * io.xwindow.beaver.server.limit.ClientRate}, kept in this JVM by {@link
 * io.xwindow.beaver.server.limit.LocalClientLimiter} through Bucket4j; in Redis, see the {@code
 * admit} package), shedding of debug/info first when the sink falls behind, in lines or in bytes
 * ({@link io.xwindow.beaver.server.limit.LoadShedder}), and a bound on the request bodies held at
 * once ({@link io.xwindow.beaver.server.limit.InFlightBytes}).
 */
package io.xwindow.beaver.server.limit;
