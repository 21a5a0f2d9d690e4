/**
 * Where logged events go: {@link io.xwindow.beaver.server.sink.Slf4jSink} (the default: a batch's
 * meta once on a batch line, one structured line per event, through SLF4J/Logback, from a queue
 * bounded in lines and bytes) or {@link io.xwindow.beaver.server.sink.OtlpSink} (OpenTelemetry logs
 * and metrics over OTLP/HTTP). {@link io.xwindow.beaver.server.sink.LineEscapes} is what no line
 * carries unescaped.
 */
package io.xwindow.beaver.server.sink;
