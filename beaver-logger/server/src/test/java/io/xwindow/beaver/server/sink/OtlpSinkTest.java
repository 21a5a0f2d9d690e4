package io.xwindow.beaver.server.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.BatchReader;
import io.xwindow.beaver.server.wire.ReadLimits;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry sink against a real OTLP/HTTP receiver: an Undertow server in the test that
 * decodes the protobuf requests with the OpenTelemetry protocol's own classes.
 */
class OtlpSinkTest {
  private final List<LogRecord> logs = new CopyOnWriteArrayList<>();
  private final List<Metric> metrics = new CopyOnWriteArrayList<>();
  private final AtomicLong logBytes = new AtomicLong();
  private Undertow receiver;
  private String endpoint;

  @BeforeEach
  void startReceiver() {
    receiver = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(this::receive).build();
    receiver.start();
    endpoint = "http://127.0.0.1:" + ((InetSocketAddress) receiver.getListenerInfo().get(0).getAddress()).getPort();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop();
  }

  private void receive(HttpServerExchange exchange) {
    exchange.getRequestReceiver().receiveFullBytes((ex, body) -> {
      try {
        byte[] answer;
        if (ex.getRequestPath().equals("/v1/logs")) {
          logBytes.addAndGet(body.length);
          ExportLogsServiceRequest.parseFrom(body).getResourceLogsList().forEach(r ->
              r.getScopeLogsList().forEach(s -> logs.addAll(s.getLogRecordsList())));
          answer = ExportLogsServiceResponse.getDefaultInstance().toByteArray();
        } else if (ex.getRequestPath().equals("/v1/metrics")) {
          ExportMetricsServiceRequest.parseFrom(body).getResourceMetricsList().forEach(r ->
              r.getScopeMetricsList().forEach(s -> metrics.addAll(s.getMetricsList())));
          answer = ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
        } else {
          ex.setStatusCode(404);
          ex.endExchange();
          return;
        }
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/x-protobuf");
        ex.getResponseSender().send(ByteBuffer.wrap(answer));
      } catch (Exception e) {
        ex.setStatusCode(400);
        ex.endExchange();
      }
    });
  }

  private static Map<String, String> attributes(List<KeyValue> list) {
    return list.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> {
      var v = kv.getValue();
      return v.hasStringValue() ? v.getStringValue() : v.hasIntValue() ? "" + v.getIntValue()
          : v.hasBoolValue() ? "" + v.getBoolValue() : "" + v.getDoubleValue();
    }));
  }

  private static Batch batch(String body) {
    return ((BatchReader.Read) new BatchReader(new ObjectMapper(), new ReadLimits(64 * 1024, 10_000))
        .read(body.getBytes(StandardCharsets.UTF_8))).batch();
  }

  /** The bytes of OTLP log requests the receiver got for {@code batch}. */
  private long exported(Batch batch) {
    long before = logBytes.get();
    OtlpSink sink = new OtlpSink(endpoint, "checkout-web", Duration.ofMinutes(1));
    sink.write(batch, "203.0.113.9");
    sink.close();
    return logBytes.get() - before;
  }

  @Test
  void aBatchsMetaIsExportedOnceWhateverTheNumberOfRecords() {
    String meta = "\"meta\":{\"page\":\"/checkout\",\"pad\":\"" + "m".repeat(50_000) + "\"}";
    StringBuilder events = new StringBuilder();
    StringBuilder tracking = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      events.append(i == 0 ? "" : ",").append("{\"level\":\"error\",\"event\":\"payment_failed\"}");
      tracking.append(i == 0 ? "" : ",").append("{\"step\":\"pay\"}");
    }
    String entries = "\"events\":[" + events + "],\"tracking\":[" + tracking + "]";

    long metaCost = exported(batch("{" + entries + "," + meta + "}")) - exported(batch("{" + entries + "}"));

    System.out.printf("OTLP: a %,d-byte meta with 1,000 events and 1,000 tracking entries: %,d B exported%n",
        meta.length(), metaCost);
    assertTrue(metaCost <= 2L * meta.length(), "a " + meta.length() + "-byte meta cost " + metaCost + " bytes");
    long withMeta = logs.stream().filter(r -> attributes(r.getAttributesList()).containsKey("meta.pad")).count();
    assertEquals(1, withMeta);
  }

  @Test
  void instrumentsPastTheLimitAreNotMade() {
    StringBuilder metrics = new StringBuilder();
    for (int i = 0; i < OtlpSink.MAX_INSTRUMENTS + 50; i++) {
      metrics.append(i == 0 ? "" : ",").append("{\"metricNamespace\":\"n\",\"metricEventName\":\"m").append(i).append("\"}");
    }
    exported(batch("{\"metrics\":[" + metrics + "]}")); // the metrics are exported as the sink closes

    assertEquals(OtlpSink.MAX_INSTRUMENTS, metrics().size());
  }

  private List<String> metrics() {
    return this.metrics.stream().map(Metric::getName).distinct().toList();
  }

  @Test
  void eventsBecomeLogRecordsAndMetricsBecomeMetricsAtTheReceiver() throws Exception {
    Batch batch = ((BatchReader.Read) new BatchReader(new ObjectMapper()).read((
        "{\"events\":[{\"level\":\"error\",\"event\":\"pay_failed\",\"payload\":{\"code\":42,\"why\":\"line\\nbreak\"}}],"
            + "\"meta\":{\"page\":\"checkout\"},\"tracking\":[{\"step\":\"pay\"}],"
            + "\"metrics\":[{\"metricNamespace\":\"shop\",\"metricEventName\":\"click\",\"metricValue\":2,\"metricType\":\"counter\",\"dimensions\":{\"region\":\"eu\"}},"
            + "{\"metricNamespace\":\"shop\",\"metricEventName\":\"latency\",\"metricValue\":12.5,\"metricType\":\"histogram\"}]}")
        .getBytes(StandardCharsets.UTF_8))).batch();

    OtlpSink sink = new OtlpSink(endpoint, "checkout-web", Duration.ofMinutes(1));
    sink.write(batch, "203.0.113.9");
    sink.close(); // exports what waits

    assertEquals(3, logs.size(), logs.toString());
    LogRecord batchRecord = logs.get(0);
    assertEquals("batch", batchRecord.getBody().getStringValue());
    assertEquals(io.opentelemetry.proto.logs.v1.SeverityNumber.SEVERITY_NUMBER_ERROR, batchRecord.getSeverityNumber());
    Map<String, String> batchAttributes = attributes(batchRecord.getAttributesList());
    assertEquals("checkout", batchAttributes.get("meta.page"));
    assertEquals("203.0.113.9", batchAttributes.get("client.address"));
    assertEquals("1", batchAttributes.get("beaver.events"));
    String ref = batchAttributes.get("beaver.batch");
    LogRecord event = logs.get(1);
    assertEquals("pay_failed", event.getBody().getStringValue());
    assertEquals(io.opentelemetry.proto.logs.v1.SeverityNumber.SEVERITY_NUMBER_ERROR, event.getSeverityNumber());
    Map<String, String> attributes = attributes(event.getAttributesList());
    assertEquals("42", attributes.get("payload.code"));
    assertEquals("line\nbreak", attributes.get("payload.why"));
    assertEquals(ref, attributes.get("beaver.batch"));
    assertFalse(attributes.containsKey("meta.page"), "the meta is on the batch's record only");
    Map<String, String> tracked = attributes(logs.get(2).getAttributesList());
    assertEquals("pay", tracked.get("tracking.step"));
    assertEquals(ref, tracked.get("beaver.batch"));

    Metric click = metrics.stream().filter(m -> m.getName().equals("shop.click")).findFirst().orElseThrow();
    assertEquals(2.0, click.getSum().getDataPoints(0).getAsDouble());
    assertEquals("eu", attributes(click.getSum().getDataPoints(0).getAttributesList()).get("region"));
    Metric latency = metrics.stream().filter(m -> m.getName().equals("shop.latency")).findFirst().orElseThrow();
    assertEquals(1, latency.getHistogram().getDataPoints(0).getCount());
    assertTrue(latency.getHistogram().getDataPoints(0).getSum() == 12.5);
  }
}
