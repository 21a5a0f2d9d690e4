package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns request bodies and query strings into {@link Batch}es. Reads JSON trees only (no typed
 * binding, no default typing): what a page sends can never choose a Java class. A wrong shape
 * inside a batch never fails the batch: the entry is skipped and counted.
 */
public final class BatchReader {
  /** The longest batch id kept; a longer one is not an id we made, and is ignored. */
  static final int MAX_BATCH_ID = 128;

  private final ObjectMapper json;

  /** Reads with {@code json}, a mapper with default typing off (Jackson's default). */
  public BatchReader(ObjectMapper json) {
    this.json = json;
  }

  /** The outcome of reading a body: a batch, or why there is none. */
  public sealed interface Result permits Read, Malformed {}

  /** A body that was a batch. */
  public record Read(Batch batch) implements Result {}

  /** A body that was not JSON, or not a JSON object. */
  public record Malformed(String reason) implements Result {}

  /** Reads a POST body, JSON whatever its content type said. */
  public Result read(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      return new Malformed(e.getOriginalMessage());
    } catch (java.io.IOException e) {
      return new Malformed(e.getMessage());
    }
    if (root == null || !root.isObject()) {
      return new Malformed("the body is not a JSON object");
    }
    return new Read(batch((ObjectNode) root));
  }

  /**
   * Reads a GET query as beaver's server does: {@code event} names it, {@code level} (default
   * info) says how severe, every other parameter goes into its payload.
   */
  public Batch readQuery(Map<String, String> query) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode();
    query.forEach(
        (key, value) -> {
          if (!key.equals("event") && !key.equals("level")) {
            payload.put(key, value);
          }
        });
    String name = query.get("event");
    Level level = Level.parse(query.getOrDefault("level", "info"));
    if (name == null || name.isEmpty() || level == null) {
      return new Batch(List.of(), List.of(), List.of(), emptyObject(), null, 0, 1);
    }
    Event event = new Event(level, EventName.sanitise(name), payload);
    return new Batch(List.of(event), List.of(), List.of(), emptyObject(), null, 0, 0);
  }

  private Batch batch(ObjectNode root) {
    int[] skipped = {0};
    List<Event> events = new ArrayList<>();
    for (JsonNode node : array(root.get("events"), skipped)) {
      Event event = event(node);
      if (event == null) {
        skipped[0]++;
      } else {
        events.add(event);
      }
    }
    List<ObjectNode> tracking = objects(root.get("tracking"), skipped);
    List<ObjectNode> metrics = objects(root.get("metrics"), skipped);
    JsonNode metaNode = root.get("meta");
    ObjectNode meta;
    if (metaNode == null || metaNode.isNull()) {
      meta = emptyObject();
    } else if (metaNode.isObject()) {
      meta = (ObjectNode) metaNode;
    } else {
      skipped[0]++;
      meta = emptyObject();
    }
    JsonNode id = meta.get("batchId");
    String batchId =
        id != null && id.isTextual() && !id.asText().isEmpty() && id.asText().length() <= MAX_BATCH_ID
            ? id.asText()
            : null;
    JsonNode droppedNode = meta.get("dropped");
    long dropped = droppedNode != null && droppedNode.canConvertToLong() ? Math.max(0, droppedNode.asLong()) : 0;
    return new Batch(events, tracking, metrics, meta, batchId, dropped, skipped[0]);
  }

  private static Event event(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    JsonNode name = node.get("event");
    if (name == null || !name.isTextual() || name.asText().isEmpty()) {
      return null;
    }
    JsonNode levelNode = node.get("level");
    Level level;
    if (levelNode == null || levelNode.isNull()) {
      level = Level.INFO;
    } else if (levelNode.isTextual()) {
      level = Level.parse(levelNode.asText());
      if (level == null) {
        return null;
      }
    } else {
      return null;
    }
    JsonNode payload = node.get("payload");
    ObjectNode body;
    if (payload == null || payload.isNull()) {
      body = emptyObject();
    } else if (payload.isObject()) {
      body = (ObjectNode) payload;
    } else {
      return null;
    }
    return new Event(level, EventName.sanitise(name.asText()), body);
  }

  /** The elements of an array field; a field that is present but not an array counts as one skip. */
  private static Iterable<JsonNode> array(JsonNode field, int[] skipped) {
    if (field == null || field.isNull()) {
      return Collections.emptyList();
    }
    if (!field.isArray()) {
      skipped[0]++;
      return Collections.emptyList();
    }
    return field;
  }

  private static List<ObjectNode> objects(JsonNode field, int[] skipped) {
    List<ObjectNode> objects = new ArrayList<>();
    for (JsonNode node : array(field, skipped)) {
      if (node.isObject()) {
        objects.add((ObjectNode) node);
      } else {
        skipped[0]++;
      }
    }
    return objects;
  }

  private static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
