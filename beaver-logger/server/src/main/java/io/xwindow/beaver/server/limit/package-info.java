/**
 * Overload policy, in plain classes: a per-client allowance of requests and body bytes ({@link
 * io.xwindow.beaver.server.limit.ClientRate}, kept in this JVM by {@link
 * io.xwindow.beaver.server.limit.LocalClientLimiter} through Bucket4j; in Redis, see the {@code
 * admit} package) and shedding of debug/info first when the sink falls behind ({@link
 * io.xwindow.beaver.server.limit.LoadShedder}).
 */
package io.xwindow.beaver.server.limit;
