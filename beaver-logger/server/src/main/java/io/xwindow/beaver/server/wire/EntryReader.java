package io.xwindow.beaver.server.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Set;

/**
 * Reads one entry of a batch, a JSON object, from a parser into a tree while keeping at most about
 * {@code maxBytes} of its JSON text: members are kept in order while they fit, a string that does
 * not fit is shortened to the room left, and what does not fit at all (or nests deeper than {@link
 * ReadLimits#MAX_DEPTH}) is skipped without being built. What was left out is counted in bytes of
 * the input, so a line can say how much it lost. Reading and capping in one pass means an oversized
 * entry never exists as a tree.
 */
final class EntryReader {
  /** One entry as kept, and about how many bytes of its input were left out. */
  record Entry(ObjectNode value, long cut) {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int maxBytes;
  private final Set<String> alwaysKept;
  private int kept;
  private long cut;

  private EntryReader(int maxBytes, Set<String> alwaysKept) {
    this.maxBytes = maxBytes;
    this.alwaysKept = alwaysKept;
  }

  /**
   * Reads the object at the parser's current token ({@code START_OBJECT}), leaving the parser on
   * its {@code END_OBJECT}. Top-level members named in {@code alwaysKept} whose value is a short
   * scalar are kept whatever the budget (a batch id must survive a long meta).
   */
  static Entry read(JsonParser parser, int maxBytes, Set<String> alwaysKept) throws IOException {
    EntryReader reader = new EntryReader(maxBytes, alwaysKept);
    ObjectNode value = reader.object(parser, 0, true);
    return new Entry(value, reader.cut);
  }

  private ObjectNode object(JsonParser parser, int depth, boolean top) throws IOException {
    ObjectNode node = NODES.objectNode();
    kept += 2;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      long from = parser.currentTokenLocation().getByteOffset();
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      JsonNode value;
      if (top && alwaysKept.contains(name) && token.isScalarValue() && parser.getTextLength() <= 256) {
        value = scalar(parser, Integer.MAX_VALUE);
        kept += name.length() + 4 + parser.getTextLength();
      } else {
        value = member(parser, depth, name.length() + 4);
      }
      if (value == null) {
        skip(parser, from);
      } else {
        node.set(name, value);
      }
    }
    return node;
  }

  private ArrayNode array(JsonParser parser, int depth) throws IOException {
    ArrayNode node = NODES.arrayNode();
    kept += 2;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      long from = parser.currentTokenLocation().getByteOffset();
      JsonNode value = member(parser, depth, 1);
      if (value == null) {
        skip(parser, from);
      } else {
        node.add(value);
      }
    }
    return node;
  }

  /** The member at the current token if it fits (a string cut to fit), else null, budget untouched. */
  private JsonNode member(JsonParser parser, int depth, int overhead) throws IOException {
    JsonToken token = parser.currentToken();
    int room = maxBytes - kept - overhead;
    if (room < 2 || (token.isStructStart() && depth + 1 > ReadLimits.MAX_DEPTH)) {
      return null;
    }
    kept += overhead;
    if (token == JsonToken.START_OBJECT) {
      return object(parser, depth + 1, false);
    }
    if (token == JsonToken.START_ARRAY) {
      return array(parser, depth + 1);
    }
    JsonNode value = scalar(parser, room);
    if (value == null) {
      kept -= overhead;
    }
    return value;
  }

  /** A scalar in at most {@code room} characters of JSON; a string is shortened to fit, other scalars are not. */
  private JsonNode scalar(JsonParser parser, int room) throws IOException {
    switch (parser.currentToken()) {
      case VALUE_STRING: {
        String text = parser.getText();
        int fits = room - 2;
        if (text.length() > fits) {
          if (fits > 0 && Character.isHighSurrogate(text.charAt(fits - 1))) {
            fits--;
          }
          if (fits <= 0) {
            return null;
          }
          cut += utf8Length(text, fits);
          text = text.substring(0, fits);
        }
        kept += text.length() + 2;
        return TextNode.valueOf(text);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        int length = parser.getTextLength();
        if (length > room) {
          return null;
        }
        kept += length;
        return number(parser);
      }
      case VALUE_TRUE:
      case VALUE_FALSE:
        kept += 5;
        return BooleanNode.valueOf(parser.currentToken() == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        kept += 4;
        return NullNode.getInstance();
      default:
        return null;
    }
  }

  private static JsonNode number(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      return DoubleNode.valueOf(parser.getDoubleValue());
    }
    switch (parser.getNumberType()) {
      case INT:
        return IntNode.valueOf(parser.getIntValue());
      case LONG:
        return LongNode.valueOf(parser.getLongValue());
      default:
        return BigIntegerNode.valueOf(parser.getBigIntegerValue());
    }
  }

  /** Skips the value at the current token and counts its input bytes, from {@code from}, as cut. */
  private void skip(JsonParser parser, long from) throws IOException {
    parser.skipChildren();
    parser.finishToken();
    long to = parser.currentLocation().getByteOffset();
    if (from >= 0 && to > from) {
      cut += to - from;
    }
  }

  /** The UTF-8 length of {@code text} from {@code from} on. */
  private static long utf8Length(String text, int from) {
    long bytes = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
