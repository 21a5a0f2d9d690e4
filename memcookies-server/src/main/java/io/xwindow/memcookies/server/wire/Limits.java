package io.xwindow.memcookies.server.wire;

/**
 * Caps on a client's {@code x-cookies} header: beyond any of them the whole header is refused
 * ({@code TOO_LARGE}) and the request goes on with an empty jar.
 *
 * @param maxHeaderChars the header's length
 * @param maxCookies how many cookies it may name
 * @param maxValueChars one sealed value's length
 */
public record Limits(int maxHeaderChars, int maxCookies, int maxValueChars) {
  /** 8 KiB of header, 50 cookies, 4 KiB per sealed value. */
  public static final Limits DEFAULT = new Limits(8192, 50, 4096);

  public Limits {
    if (maxHeaderChars < 2 || maxCookies < 1 || maxValueChars < 1) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
  }
}
