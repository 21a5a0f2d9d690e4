/**
 * Where logged events go: {@link io.xwindow.beaver.server.sink.Slf4jSink} (the default, one
 * structured line per event through SLF4J/Logback) or
 * {@link io.xwindow.beaver.server.sink.OtlpSink} (OpenTelemetry logs and metrics over OTLP/HTTP).
 */
package io.xwindow.beaver.server.sink;
