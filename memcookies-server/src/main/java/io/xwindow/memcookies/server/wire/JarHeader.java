package io.xwindow.memcookies.server.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.xwindow.memcookies.server.error.ErrorCode;
import io.xwindow.memcookies.server.error.MemCookiesError;
import io.xwindow.serverkit.Outcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Map;

/**
 * The {@code x-cookies} header, both ways: a flat JSON object of cookie names to sealed values
 * ({@code {}} is an empty jar; in a response, {@code null} is a tombstone: forget that cookie).
 * Cookies sealed together in one value share one member, their names joined by single spaces
 * ({@code {"sid csrf":"AeFq..."}}): names are HTTP tokens, which hold no space.
 * Requests are parsed strictly with Jackson's streaming parser, duplicate names refused, nothing
 * but strings accepted, no JSON escape (no name or value needs one), and never bound to Java
 * objects.
 */
public final class JarHeader {
  /** The header's name. */
  public static final String NAME = "x-cookies";
  private static final int MAX_NAME_CHARS = 256;
  private static final JsonFactory WRITER = new JsonFactory();

  private final Limits limits;
  private final JsonFactory json;

  public JarHeader(Limits limits) {
    this.limits = limits;
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(2)
                    .maxStringLength(limits.maxHeaderChars())
                    .maxNameLength(limits.maxHeaderChars())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /**
   * The members of a request's header, in order: names (one, or several joined by single spaces)
   * to their sealed value; a failure for anything else, a name twice included.
   */
  public Outcome<Map<String, String>, MemCookiesError> parse(String header) {
    if (header.length() > limits.maxHeaderChars()) {
      return MemCookiesError.failed(ErrorCode.TOO_LARGE, "header of " + header.length() + " chars");
    }
    if (header.indexOf('\\') >= 0) {
      // Names are HTTP tokens and values Base64url: a jar has one spelling, and no escape in it.
      return MemCookiesError.failed(ErrorCode.MALFORMED, "a JSON escape");
    }
    Map<String, String> jar = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    try (JsonParser parser = json.createParser(header)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return MemCookiesError.failed(ErrorCode.MALFORMED, "not a JSON object");
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        String[] names = names(name);
        for (String one : names) {
          if (!isCookieName(one)) {
            return MemCookiesError.failed(ErrorCode.MALFORMED, "not a cookie name");
          }
          if (seen.size() == limits.maxCookies()) {
            return MemCookiesError.failed(ErrorCode.TOO_LARGE, "over " + limits.maxCookies() + " cookies");
          }
          if (!seen.add(one)) {
            return MemCookiesError.failed(ErrorCode.MALFORMED, "cookie " + one + " twice");
          }
        }
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          return MemCookiesError.failed(ErrorCode.MALFORMED, "value of " + name + " is not a string");
        }
        String value = parser.getText();
        if (value.length() > limits.maxValueChars()) {
          return MemCookiesError.failed(ErrorCode.TOO_LARGE, "value of " + name + " of " + value.length() + " chars");
        }
        jar.put(name, value);
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return MemCookiesError.failed(ErrorCode.MALFORMED, "not one flat JSON object");
      }
    } catch (IOException | RuntimeException e) {
      // Jackson's message may quote the input: keep only the kind of failure.
      return MemCookiesError.failed(ErrorCode.MALFORMED, "not JSON (" + e.getClass().getSimpleName() + ")");
    }
    return Outcome.ok(jar);
  }

  /** The header of a response: each name to its sealed value, or to {@code null} to forget it. */
  public static String write(Map<String, String> changes) {
    if (changes.isEmpty()) {
      return "{}"; // the answer of most requests: no change
    }
    if (needsNoEscape(changes)) {
      // A jar's names are HTTP tokens and its values Base64url: Jackson would write the same
      // characters, in about five times the time (its writer and buffers for one line).
      return writeSealed(changes);
    }
    StringWriter out = new StringWriter(64 + 128 * changes.size());
    try (JsonGenerator generator = WRITER.createGenerator(out)) {
      generator.writeStartObject();
      for (Map.Entry<String, String> change : changes.entrySet()) {
        generator.writeStringField(change.getKey(), change.getValue());
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * As {@link #write}, for changes that need no JSON escape by construction, as the middleware's
   * own are: members of cookie names ({@link #isCookieName}, joined by single spaces) to sealed
   * values (Base64url) or {@code null}. Nothing is looked for: the answer of every request that
   * sets a cookie is written here, and checking its characters cost as much as writing them.
   */
  public static String writeSealed(Map<String, String> changes) {
    if (changes.isEmpty()) {
      return "{}";
    }
    StringBuilder out = new StringBuilder(16 + 160 * changes.size()).append('{');
    for (Map.Entry<String, String> change : changes.entrySet()) {
      out.append(out.length() == 1 ? "\"" : ",\"").append(change.getKey()).append("\":");
      if (change.getValue() == null) {
        out.append("null");
      } else {
        out.append('"').append(change.getValue()).append('"');
      }
    }
    return out.append('}').toString();
  }

  /** Whether every name and value is printable ASCII without {@code "} or {@code \\}: JSON as it is. */
  private static boolean needsNoEscape(Map<String, String> changes) {
    for (Map.Entry<String, String> change : changes.entrySet()) {
      if (!printable(change.getKey()) || change.getValue() != null && !printable(change.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /**
   * The names of a member, e.g. {@code ["sid", "csrf"]} of {@code "sid csrf"}: split at each
   * space, so that an empty name (two spaces, or one at either end) is left to fail {@link
   * #isCookieName}.
   */
  public static String[] names(String member) {
    return member.indexOf(' ') < 0 ? new String[] {member} : member.split(" ", -1);
  }

  /** The member of cookies sealed together: their names joined by single spaces. */
  public static String member(Iterable<String> names) {
    return String.join(" ", names);
  }

  /** Whether {@code name} is an RFC 6265 cookie name (an HTTP token), safe in a Cookie header. */
  public static boolean isCookieName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_CHARS) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!token) {
        return false;
      }
    }
    return true;
  }
}
