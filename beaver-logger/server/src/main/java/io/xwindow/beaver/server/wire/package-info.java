/**
 * beaver-logger's wire, read on the server: a batch {@code {"events":[{"level","event","payload"}],
 * "meta":{},"tracking":[],"metrics":[]}} or one event from a {@code GET} query. Pure Java over
 * Jackson trees; no Undertow here, so the JVM tests drive it directly.
 */
package io.xwindow.beaver.server.wire;
