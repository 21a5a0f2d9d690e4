package io.xwindow.beaver.server.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.DoubleGauge;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.sdk.logs.LogLimits;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Ships events as OpenTelemetry log records and beaver's metrics as OpenTelemetry metrics, over
 * OTLP/HTTP (protobuf, sent with the JDK's HTTP client), to any OpenTelemetry collector.
 *
 * <ul>
 *   <li>a batch is one log record with body {@code batch}, attributes {@code beaver.batch} (a
 *       name the server gives it), {@code client.address}, {@code meta.<key>}, the counts {@code
 *       beaver.events}, {@code beaver.tracking}, {@code beaver.metrics}, and {@code beaver.cut}
 *       when the entry limit cut bytes from its meta, tracking or metrics; its severity is that of
 *       its most severe event. The meta is sent once per batch, not with every record;
 *   <li>an event is a log record: body its name, severity its level, attributes {@code
 *       event.name}, {@code payload.<key>}, {@code beaver.batch} (its batch record), and {@code
 *       beaver.cut} when it was cut;
 *   <li>a tracking entry is a log record with body {@code track}, {@code tracking.<key>} and {@code
 *       beaver.batch};
 *   <li>a metric {@code {metricNamespace, metricEventName, metricValue, metricType, dimensions}}
 *       records {@code metricValue} on the instrument {@code <namespace>.<event>}: a counter, a
 *       gauge or a histogram as {@code metricType} says (counter by default), with the
 *       dimensions as attributes. At most {@value #MAX_INSTRUMENTS} instruments are made (their
 *       names come from pages); metrics for more are not recorded.
 * </ul>
 *
 * <p>Records wait in the SDK's batch processor, at most {@value #MAX_QUEUED_RECORDS} of them (more
 * are dropped by the SDK); each holds at most {@value #MAX_ATTRIBUTES} attributes of at most
 * {@value #MAX_ATTRIBUTE_CHARS} characters, on top of the endpoint's entry limit.
 *
 * <pre>{@code
 * Sink otel = new OtlpSink("http://collector:4318", "checkout-web", Duration.ofSeconds(10));
 * }</pre>
 */
public final class OtlpSink implements Sink {
  /** The most instruments made for pages' metrics. */
  public static final int MAX_INSTRUMENTS = 1_000;
  /** The most log records waiting to be exported. */
  public static final int MAX_QUEUED_RECORDS = 2_048;
  /** The most attributes on one log record. */
  public static final int MAX_ATTRIBUTES = 256;
  /** The longest attribute value, in characters. */
  public static final int MAX_ATTRIBUTE_CHARS = 16 * 1024;
  private static final String BATCH = "beaver.batch";
  private static final String CUT = "beaver.cut";
  private static final Pattern UNSAFE_INSTRUMENT = Pattern.compile("[^A-Za-z0-9_.\\-/]");

  private final SdkLoggerProvider loggers;
  private final SdkMeterProvider meters;
  private final io.opentelemetry.api.logs.Logger log;
  private final Meter meter;
  private final Map<String, Object> instruments = new ConcurrentHashMap<>();
  private final BatchRefs refs = new BatchRefs();

  /**
   * Exports to the OTLP/HTTP receiver at {@code endpoint} (e.g. {@code http://127.0.0.1:4318};
   * {@code /v1/logs} and {@code /v1/metrics} are added) as service {@code serviceName}, metrics
   * every {@code metricInterval}.
   */
  public OtlpSink(String endpoint, String serviceName, Duration metricInterval) {
    String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    Resource resource =
        Resource.getDefault().merge(Resource.create(Attributes.builder().put("service.name", serviceName).build()));
    this.loggers =
        SdkLoggerProvider.builder()
            .setResource(resource)
            .setLogLimits(() -> LogLimits.builder()
                .setMaxNumberOfAttributes(MAX_ATTRIBUTES)
                .setMaxAttributeValueLength(MAX_ATTRIBUTE_CHARS)
                .build())
            .addLogRecordProcessor(
                BatchLogRecordProcessor.builder(
                        OtlpHttpLogRecordExporter.builder().setEndpoint(base + "/v1/logs").build())
                    .setMaxQueueSize(MAX_QUEUED_RECORDS)
                    .build())
            .build();
    this.meters =
        SdkMeterProvider.builder()
            .setResource(resource)
            .registerMetricReader(
                PeriodicMetricReader.builder(
                        OtlpHttpMetricExporter.builder().setEndpoint(base + "/v1/metrics").build())
                    .setInterval(metricInterval)
                    .build())
            .build();
    this.log = loggers.get("beaver-logger");
    this.meter = meters.get("beaver-logger");
  }

  @Override
  public void write(Batch batch, String client) {
    String ref = refs.next();
    Severity top = Severity.INFO;
    for (Event event : batch.events()) {
      top = severity(event).getSeverityNumber() > top.getSeverityNumber() ? severity(event) : top;
    }
    AttributesBuilder batchAttributes = Attributes.builder()
        .put(BATCH, ref)
        .put("client.address", client)
        .put("beaver.events", batch.events().size())
        .put("beaver.tracking", batch.tracking().size())
        .put("beaver.metrics", batch.metrics().size());
    if (batch.cut() > 0) {
      batchAttributes.put(CUT, batch.cut());
    }
    flatten("meta.", batch.meta(), batchAttributes);
    log.logRecordBuilder().setSeverity(top).setBody("batch").setAllAttributes(batchAttributes.build()).emit();
    for (Event event : batch.events()) {
      AttributesBuilder attributes = Attributes.builder().put("event.name", event.name()).put(BATCH, ref);
      if (event.cut() > 0) {
        attributes.put(CUT, event.cut());
      }
      flatten("payload.", event.payload(), attributes);
      log.logRecordBuilder()
          .setSeverity(severity(event))
          .setSeverityText(event.level().wireName())
          .setBody(event.name())
          .setAllAttributes(attributes.build())
          .emit();
    }
    for (ObjectNode entry : batch.tracking()) {
      AttributesBuilder attributes = Attributes.builder().put(BATCH, ref);
      flatten("tracking.", entry, attributes);
      log.logRecordBuilder().setSeverity(Severity.INFO).setBody("track").setAllAttributes(attributes.build()).emit();
    }
    for (ObjectNode metric : batch.metrics()) {
      record(metric);
    }
  }

  private void record(ObjectNode metric) {
    String namespace = metric.path("metricNamespace").asText("");
    String name = metric.path("metricEventName").asText("");
    if (name.isEmpty()) {
      return;
    }
    String instrument = UNSAFE_INSTRUMENT.matcher(namespace.isEmpty() ? name : namespace + "." + name).replaceAll("_");
    if (!Character.isLetter(instrument.charAt(0))) {
      instrument = "m" + instrument;
    }
    double value = metric.path("metricValue").asDouble(1);
    AttributesBuilder dimensions = Attributes.builder();
    flatten("", metric.path("dimensions"), dimensions);
    String type = metric.path("metricType").asText("counter");
    String key = (type.equals("gauge") || type.equals("histogram") ? type : "counter") + " " + instrument;
    if (instruments.size() >= MAX_INSTRUMENTS && !instruments.containsKey(key)) {
      return;
    }
    switch (type) {
      case "gauge" -> ((DoubleGauge) instruments.computeIfAbsent(key, k -> meter.gaugeBuilder(k.substring(6)).build()))
          .set(value, dimensions.build());
      case "histogram" -> ((DoubleHistogram) instruments.computeIfAbsent(key, k -> meter.histogramBuilder(k.substring(10)).build()))
          .record(value, dimensions.build());
      default -> {
        if (value >= 0) {
          ((DoubleCounter) instruments.computeIfAbsent(key,
                  k -> meter.counterBuilder(k.substring(8)).ofDoubles().build()))
              .add(value, dimensions.build());
        }
      }
    }
  }

  /** Puts each scalar of {@code object} as {@code prefix + key}; nested values as their JSON text. */
  private static void flatten(String prefix, JsonNode object, AttributesBuilder into) {
    if (object == null || !object.isObject()) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      String key = prefix + field.getKey();
      if (value.isTextual()) {
        into.put(key, value.asText());
      } else if (value.isBoolean()) {
        into.put(key, value.asBoolean());
      } else if (value.isIntegralNumber() && value.canConvertToLong()) {
        into.put(key, value.asLong());
      } else if (value.isNumber()) {
        into.put(key, value.asDouble());
      } else if (!value.isNull()) {
        into.put(key, value.toString());
      }
    }
  }

  private static Severity severity(Event event) {
    return switch (event.level()) {
      case DEBUG -> Severity.DEBUG;
      case INFO -> Severity.INFO;
      case WARN -> Severity.WARN;
      case ERROR -> Severity.ERROR;
    };
  }

  /** Exports what waits, then shuts the exporters down. */
  @Override
  public void close() {
    loggers.shutdown().join(10, TimeUnit.SECONDS);
    meters.shutdown().join(10, TimeUnit.SECONDS);
  }
}
