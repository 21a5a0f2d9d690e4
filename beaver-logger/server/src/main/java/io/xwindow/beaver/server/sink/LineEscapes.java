package io.xwindow.beaver.server.sink;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The characters escaped as {@code \\uXXXX} in every line the endpoint writes, beyond JSON's own
 * (control characters below U+0020, quote and backslash): DEL and the C1 controls (U+007F to
 * U+009F, which some terminals act on), the line and paragraph separators U+2028 and U+2029 (line
 * breaks to some log viewers and to JavaScript before ES2019), and the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which can make a line read
 * differently from what it holds. A value can then neither forge a line nor disguise one.
 */
public final class LineEscapes extends CharacterEscapes {
  /** The one instance; immutable. */
  public static final LineEscapes INSTANCE = new LineEscapes();

  private final int[] ascii;

  private LineEscapes() {
    ascii = CharacterEscapes.standardAsciiEscapesForJSON();
    ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
  }

  /** Whether {@code c} is written escaped in a line (JSON's own escapes included). */
  public static boolean escaped(int c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** {@code \\uXXXX} for {@code c}. */
  public static String unicodeEscape(int c) {
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    return "\\u" + "0000".substring(hex.length()) + hex;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int c) {
    return escaped(c) ? new SerializedString(unicodeEscape(c)) : null;
  }
}
