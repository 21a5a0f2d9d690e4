package io.xwindow.beaver.server.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xwindow.beaver.server.wire.Event;

/**
 * One log line per event, as JSON: {@code {"event":"checkout_failed","payload":{...},"meta":{...},
 * "client":"203.0.113.9"}}. JSON escapes every control character, so a newline in a value can
 * never start a forged log line. A batch's meta and client are written once, then put in each of
 * its lines (the hot path of the endpoint).
 */
public final class EventLine {
  private final ObjectMapper json;

  /** Writes lines with {@code json}. */
  public EventLine(ObjectMapper json) {
    this.json = json;
  }

  /** The JSON text of {@code value} (a tree, or a string to quote). */
  public String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON value could not be written", e);
    }
  }

  /**
   * The line of {@code event}; {@code metaJson} and {@code clientJson} are the batch's meta and
   * client already written by {@link #json}. Sanitised names need no escaping.
   */
  public String of(Event event, String metaJson, String clientJson) {
    return "{\"event\":\"" + event.name() + "\",\"payload\":" + json(event.payload())
        + ",\"meta\":" + metaJson + ",\"client\":" + clientJson + "}";
  }

  /** The line of a tracking entry or metric, under {@code kind}. */
  public String of(String kind, JsonNode entry, String metaJson, String clientJson) {
    return "{\"" + kind + "\":" + json(entry) + ",\"meta\":" + metaJson + ",\"client\":" + clientJson + "}";
  }
}
