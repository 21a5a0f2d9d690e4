package io.xwindow.beaver.server.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xwindow.beaver.server.wire.Event;

/**
 * One log line per event, as JSON: {@code {"event":"checkout_failed","payload":{...},"meta":{...},
 * "client":"203.0.113.9"}}. JSON escapes every control character, so a newline in a value can
 * never start a forged log line.
 */
public final class EventLine {
  private final ObjectMapper json;

  /** Writes lines with {@code json}. */
  public EventLine(ObjectMapper json) {
    this.json = json;
  }

  /** The line of {@code event}. */
  public String of(Event event, ObjectNode meta, String client) {
    ObjectNode line = json.createObjectNode();
    line.put("event", event.name());
    line.set("payload", event.payload());
    line.set("meta", meta);
    line.put("client", client);
    return write(line);
  }

  /** The line of a tracking entry or metric, under {@code kind}. */
  public String of(String kind, ObjectNode entry, ObjectNode meta, String client) {
    ObjectNode line = json.createObjectNode();
    line.set(kind, entry);
    line.set("meta", meta);
    line.put("client", client);
    return write(line);
  }

  private String write(ObjectNode line) {
    try {
      return json.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
