package io.xwindow.xcomponent.zoid;

import io.xwindow.xcomponent.protocol.WindowName;

/**
 * The name zoid 10 gives its child's frame or popup: {@code __zoid__<name>__<payload>__}, where
 * name is the tag with dashes as underscores and payload the base64 (of the UTF-8, without {@code
 * =} padding) of the JSON {@link ZoidPayload#envelope}, which carries every prop the child may
 * see. Read as zoid reads it: the name and the payload are what lies between the first {@code __}
 * pairs.
 */
public final class ZoidName {
  private static final String PREFIX = "__zoid__";
  private static final String SEPARATOR = "__";

  /** The tag, as given to {@code create}. */
  public final String tag;
  /** The base64 of the envelope's JSON, as written (no padding). */
  public final String payload;

  private ZoidName(String tag, String payload) {
    this.tag = tag;
    this.payload = payload;
  }

  /** The window name {@code name} as zoid's, or null when it is not one. */
  public static ZoidName parse(String name) {
    if (name == null || !name.startsWith(PREFIX)) {
      return null;
    }
    int tagEnd = name.indexOf(SEPARATOR, PREFIX.length());
    if (tagEnd <= PREFIX.length()) {
      return null;
    }
    int payloadStart = tagEnd + SEPARATOR.length();
    int payloadEnd = name.indexOf(SEPARATOR, payloadStart);
    String payload = payloadEnd < 0 ? name.substring(payloadStart) : name.substring(payloadStart, payloadEnd);
    return payload.isEmpty()
        ? null
        : new ZoidName(WindowName.swap(name.substring(PREFIX.length(), tagEnd), '_', '-'), payload);
  }

  /** The window name zoid gives a child of {@code tag}, whose envelope is {@code payload}. */
  public static String encode(String tag, String payload) {
    return PREFIX + WindowName.swap(tag, '-', '_') + SEPARATOR + payload + SEPARATOR;
  }

  /** True for this window name's tag, {@code tag} as given to {@code create}. */
  public boolean isFor(String tag) {
    return this.tag.equals(WindowName.swap(tag, '_', '-'));
  }
}
