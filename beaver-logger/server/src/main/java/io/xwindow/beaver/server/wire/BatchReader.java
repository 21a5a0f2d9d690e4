package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns request bodies and query strings into {@link Batch}es. Reads the body as a stream of JSON
 * tokens and builds a tree of each entry only (no typed binding, no default typing): what a page
 * sends can never choose a Java class, and no entry is kept beyond the {@link ReadLimits}. A wrong
 * shape inside a batch never fails the batch: the entry is skipped and counted. A body that is not
 * one JSON object, with nothing after it, is malformed.
 */
public final class BatchReader {
  /** The longest batch id kept; a longer one is not an id we made, and is ignored. */
  static final int MAX_BATCH_ID = 128;
  /** Meta fields the endpoint reads, kept however long the rest of the meta is. */
  private static final Set<String> META_KEPT = Set.of("batchId", "dropped");

  private final ObjectMapper json;
  private final ReadLimits limits;

  /** Reads with {@code json}, a mapper with default typing off (Jackson's default), within {@code limits}. */
  public BatchReader(ObjectMapper json, ReadLimits limits) {
    this.json = json;
    this.limits = limits;
  }

  /** Reads with {@code json} within the default limits. */
  public BatchReader(ObjectMapper json) {
    this(json, ReadLimits.defaults());
  }

  /** The outcome of reading a body: a batch, or why there is none. */
  public sealed interface Result permits Read, Malformed {}

  /** A body that was a batch. */
  public record Read(Batch batch) implements Result {}

  /** A body that was not JSON, not a JSON object, or had something after the object. */
  public record Malformed(String reason) implements Result {}

  /** Reads a POST body, JSON whatever its content type said. */
  public Result read(byte[] body) {
    return read(body, body.length);
  }

  /** Reads the first {@code length} bytes of {@code body} as a POST body. */
  public Result read(byte[] body, int length) {
    try (JsonParser parser = json.getFactory().createParser(body, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new Malformed("the body is not a JSON object");
      }
      Reading reading = new Reading();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "events" -> reading.entries(parser, reading::event);
          case "tracking" -> reading.entries(parser, entry -> reading.keep(reading.tracking, entry));
          case "metrics" -> reading.entries(parser, entry -> reading.keep(reading.metrics, entry));
          case "meta" -> reading.meta(parser);
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        return new Malformed("there is data after the JSON object");
      }
      return new Read(reading.batch());
    } catch (JsonProcessingException e) {
      return new Malformed(e.getOriginalMessage());
    } catch (IOException e) {
      return new Malformed(e.getMessage());
    }
  }

  /**
   * Reads a GET query as beaver's server does: {@code event} names it, {@code level} (default
   * info) says how severe, every other parameter goes into its payload (within the entry limit).
   */
  public Batch readQuery(Map<String, String> query) {
    String name = query.get("event");
    Level level = Level.parse(query.getOrDefault("level", "info"));
    if (name == null || name.isEmpty() || level == null) {
      return new Batch(List.of(), List.of(), List.of(), emptyObject(), null, 0, 1, 0);
    }
    EntryReader.Entry payload = capped(query);
    Event event = new Event(level, EventName.sanitise(name), payload.value(), payload.cut());
    return new Batch(List.of(event), List.of(), List.of(), emptyObject(), null, 0, 0, 0);
  }

  /** The query's payload parameters, read back through the same limits as a body's entries. */
  private EntryReader.Entry capped(Map<String, String> query) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try {
      try (JsonGenerator out = json.getFactory().createGenerator(text)) {
        out.writeStartObject();
        for (Map.Entry<String, String> parameter : query.entrySet()) {
          if (!parameter.getKey().equals("event") && !parameter.getKey().equals("level")) {
            out.writeStringField(parameter.getKey(), parameter.getValue());
          }
        }
        out.writeEndObject();
      }
      try (JsonParser parser = json.getFactory().createParser(text.toByteArray())) {
        parser.nextToken();
        return EntryReader.read(parser, limits.maxEntryBytes(), Set.of());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a query could not be read back", e);
    }
  }

  /** What one body has given so far. */
  private final class Reading {
    final List<Event> events = new ArrayList<>();
    final List<ObjectNode> tracking = new ArrayList<>();
    final List<ObjectNode> metrics = new ArrayList<>();
    ObjectNode meta = emptyObject();
    int entries;
    int skipped;
    long cut;

    /** Reads an array of entries; a value that is no array, and entries past the limit, are skipped. */
    void entries(JsonParser parser, Consumer<EntryReader.Entry> taken) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return;
      }
      if (token != JsonToken.START_ARRAY) {
        parser.skipChildren();
        skipped++;
        return;
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken() != JsonToken.START_OBJECT || entries >= limits.maxEntries()) {
          parser.skipChildren();
          skipped++;
          continue;
        }
        entries++;
        taken.accept(EntryReader.read(parser, limits.maxEntryBytes(), Set.of()));
      }
    }

    void event(EntryReader.Entry entry) {
      Event event = BatchReader.event(entry);
      if (event == null) {
        skipped++;
      } else {
        events.add(event);
      }
    }

    void keep(List<ObjectNode> into, EntryReader.Entry entry) {
      into.add(entry.value());
      cut += entry.cut();
    }

    void meta(JsonParser parser) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        EntryReader.Entry entry = EntryReader.read(parser, limits.maxEntryBytes(), META_KEPT);
        meta = entry.value();
        cut += entry.cut();
      } else if (token != JsonToken.VALUE_NULL) {
        parser.skipChildren();
        skipped++;
      }
    }

    Batch batch() {
      JsonNode id = meta.get("batchId");
      String batchId =
          id != null && id.isTextual() && !id.asText().isEmpty() && id.asText().length() <= MAX_BATCH_ID
              ? id.asText()
              : null;
      JsonNode droppedNode = meta.get("dropped");
      long dropped = droppedNode != null && droppedNode.canConvertToLong() ? Math.max(0, droppedNode.asLong()) : 0;
      return new Batch(events, tracking, metrics, meta, batchId, dropped, skipped, cut);
    }
  }

  private static Event event(EntryReader.Entry entry) {
    ObjectNode node = entry.value();
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
    return new Event(level, EventName.sanitise(name.asText()), body, entry.cut());
  }

  private static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }
}
