/**
 * Overload policy, in plain classes: a per-client rate ({@link io.xwindow.beaver.server.limit.ClientLimiter},
 * in memory or in Redis through Bucket4j) and shedding of debug/info first when the sink falls
 * behind ({@link io.xwindow.beaver.server.limit.LoadShedder}).
 */
package io.xwindow.beaver.server.limit;
