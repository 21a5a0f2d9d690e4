package io.xwindow.postrobot.domain;

/** Origins as post-robot compares them. */
public final class Origin {
  /** The origin post-robot gives windows whose origin is opaque ({@code "null"}). */
  public static final String OPAQUE = "file://";
  /** The pattern that matches every origin. */
  public static final String ANY = "*";

  private Origin() {}

  /**
   * The origin of a message event as post-robot names it: {@code "null"} (file:, sandboxed and
   * data: frames) becomes {@code file://}.
   */
  public static String ofEvent(String eventOrigin) {
    return "null".equals(eventOrigin) ? OPAQUE : eventOrigin;
  }

  /** How a string pattern fits an origin: exactly, as {@code *}, or not (lower wins). */
  public static final int EXACT = 0;
  public static final int WILDCARD = 2;
  public static final int NONE = -1;

  /** How the string pattern {@code pattern} admits {@code origin}: {@link #EXACT}, ... */
  public static int rank(String pattern, String origin) {
    if (pattern.equals(origin)) {
      return EXACT;
    }
    return ANY.equals(pattern) ? WILDCARD : NONE;
  }

  /**
   * The {@code targetOrigin} to post to a window of {@code origin}: the origin itself, or
   * {@code *} for an opaque one, which no concrete target origin can reach.
   */
  public static String target(String origin) {
    return origin == null || origin.startsWith("file:") ? ANY : origin;
  }
}
