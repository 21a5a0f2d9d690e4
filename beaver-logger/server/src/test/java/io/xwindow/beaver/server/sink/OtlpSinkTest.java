package io.xwindow.beaver.server.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
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

    assertEquals(2, logs.size(), logs.toString());
    LogRecord event = logs.get(0);
    assertEquals("pay_failed", event.getBody().getStringValue());
    assertEquals(io.opentelemetry.proto.logs.v1.SeverityNumber.SEVERITY_NUMBER_ERROR, event.getSeverityNumber());
    Map<String, String> attributes = attributes(event.getAttributesList());
    assertEquals("42", attributes.get("payload.code"));
    assertEquals("line\nbreak", attributes.get("payload.why"));
    assertEquals("checkout", attributes.get("meta.page"));
    assertEquals("203.0.113.9", attributes.get("client.address"));
    assertEquals("pay", attributes(logs.get(1).getAttributesList()).get("tracking.step"));

    Metric click = metrics.stream().filter(m -> m.getName().equals("shop.click")).findFirst().orElseThrow();
    assertEquals(2.0, click.getSum().getDataPoints(0).getAsDouble());
    assertEquals("eu", attributes(click.getSum().getDataPoints(0).getAttributesList()).get("region"));
    Metric latency = metrics.stream().filter(m -> m.getName().equals("shop.latency")).findFirst().orElseThrow();
    assertEquals(1, latency.getHistogram().getDataPoints(0).getCount());
    assertTrue(latency.getHistogram().getDataPoints(0).getSum() == 12.5);
  }
}
