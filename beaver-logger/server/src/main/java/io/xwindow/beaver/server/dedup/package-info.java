/**
 * Batch ids already logged, so a retried batch that did arrive is not logged twice: in memory
 * (Caffeine, bounded and expiring) or in Redis (an expiring key per id).
 */
package io.xwindow.beaver.server.dedup;
