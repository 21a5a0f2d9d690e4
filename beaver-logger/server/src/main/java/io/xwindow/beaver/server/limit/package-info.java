/**
 * Overload policy, in plain classes: a per-client rate ({@link io.xwindow.beaver.server.limit.ClientLimiter},
 * in memory or in Redis through Bucket4j) and shedding of debug/info first when the sink falls
 * behind, in lines or in bytes ({@link io.xwindow.beaver.server.limit.LoadShedder}), and a bound on
 * the request bodies held at once ({@link io.xwindow.beaver.server.limit.InFlightBytes}).
 */
package io.xwindow.beaver.server.limit;
