/**
 * beaver-logger's wire, read on the server: a batch {@code {"events":[{"level","event","payload"}],
 * "meta":{},"tracking":[],"metrics":[]}} or one event from a {@code GET} query, each entry kept
 * within the {@link io.xwindow.beaver.server.wire.ReadLimits}. Pure Java over Jackson's streaming
 * parser and trees; no Undertow here, so the JVM tests drive it directly.
 */
package io.xwindow.beaver.server.wire;
