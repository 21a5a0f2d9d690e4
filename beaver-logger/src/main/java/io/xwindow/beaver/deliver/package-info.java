/**
 * Getting batches to the endpoint without losing them: when to flush, when and how soon to retry
 * ({@link io.xwindow.beaver.deliver.Backoff}), and what leaves when the page is hidden. Pure Java
 * over small interfaces (transport, timers, chance), tested on the JVM with a fake clock.
 */
package io.xwindow.beaver.deliver;
