/**
 * Batch ids already logged, per client, so a retried batch that did arrive is not logged twice: in
 * this JVM (Caffeine, bounded and expiring); in Redis, see the {@code admit} package.
 */
package io.xwindow.beaver.server.dedup;
