package io.xwindow.beaver.server.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xwindow.beaver.server.wire.Batch;
import io.xwindow.beaver.server.wire.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of the lines a batch becomes, each one JSON object (with {@link LineEscapes}, so no
 * value can break or disguise a line):
 *
 * <ul>
 *   <li>one batch line: {@code {"batch":"k3x9q1.2f","client":"203.0.113.9","meta":{...},
 *       "events":2,"tracking":1}} (how many events, tracking entries and metrics it holds, those
 *       it has), plus {@code "cut":n} when the meta, tracking or metrics lost about n bytes to the
 *       entry limit;
 *   <li>one line per event: {@code {"event":"checkout_failed","payload":{...},"batch":"k3x9q1.2f"}},
 *       plus {@code "cut":n} when it lost about n bytes;
 *   <li>tracking entries and metrics grouped, a few per line up to about {@value #GROUP_CHARS}
 *       characters: {@code {"tracking":[{...},{...}],"batch":"k3x9q1.2f"}}.
 * </ul>
 *
 * <p>The meta and the client are written once per batch and every other line names the batch: a
 * batch's meta costs the log its own size whatever the number of entries, and a small entry costs
 * little more than itself.
 */
final class Lines {
  /** About the longest line of grouped entries; a single longer entry has a line of its own. */
  static final int GROUP_CHARS = 16 * 1024;

  private final ObjectWriter plain;
  private final ObjectWriter escaping;

  Lines(ObjectMapper json) {
    this.plain = json.writer();
    this.escaping = json.writer().with(LineEscapes.INSTANCE);
  }

  /** The JSON text of {@code value} (a tree, or a string to quote), escaped for a line. */
  String json(Object value) {
    try {
      // Jackson's own escaping, then a look for what LineEscapes adds: written again only then.
      // Jackson's custom-escape path costs more than this look on every value, and is rarely needed.
      String text = plain.writeValueAsString(value);
      return needsEscapes(text) ? escaping.writeValueAsString(value) : text;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON value could not be written", e);
    }
  }

  private static boolean needsEscapes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x7f && LineEscapes.escaped(c)) {
        return true;
      }
    }
    return false;
  }

  /** The batch line of {@code batch}, named {@code ref}, from {@code client}. */
  String batch(String ref, String client, Batch batch) {
    StringBuilder line = new StringBuilder(64)
        .append("{\"batch\":\"").append(ref)
        .append("\",\"client\":").append(json(client))
        .append(",\"meta\":").append(json(batch.meta()));
    count(line, "events", batch.events().size());
    count(line, "tracking", batch.tracking().size());
    count(line, "metrics", batch.metrics().size());
    count(line, "cut", batch.cut());
    return line.append('}').toString();
  }

  private static void count(StringBuilder line, String name, long count) {
    if (count > 0) {
      line.append(",\"").append(name).append("\":").append(count);
    }
  }

  /** The line of {@code event}, of the batch named {@code ref}. Sanitised names need no escaping. */
  String event(Event event, String ref) {
    StringBuilder line = new StringBuilder(64)
        .append("{\"event\":\"").append(event.name())
        .append("\",\"payload\":").append(json(event.payload()))
        .append(",\"batch\":\"").append(ref).append('"');
    if (event.cut() > 0) {
      line.append(",\"cut\":").append(event.cut());
    }
    return line.append('}').toString();
  }

  /** The lines of {@code entries} under {@code kind} ({@code tracking}, {@code metrics}), grouped. */
  List<String> grouped(String kind, List<ObjectNode> entries, String ref) {
    List<String> lines = new ArrayList<>();
    String head = "{\"" + kind + "\":[";
    String tail = "],\"batch\":\"" + ref + "\"}";
    StringBuilder line = new StringBuilder(head);
    for (ObjectNode entry : entries) {
      String text = json(entry);
      if (line.length() > head.length() && line.length() + text.length() > GROUP_CHARS) {
        lines.add(line.append(tail).toString());
        line.setLength(0);
        line.append(head);
      }
      if (line.length() > head.length()) {
        line.append(',');
      }
      line.append(text);
    }
    if (line.length() > head.length()) {
      lines.add(line.append(tail).toString());
    }
    return lines;
  }
}
