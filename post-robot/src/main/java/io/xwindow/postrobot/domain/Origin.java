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

  /** True when the string pattern {@code pattern} admits {@code origin}. */
  public static boolean admits(String pattern, String origin) {
    return ANY.equals(pattern) || pattern.equals(origin);
  }

  /**
   * The {@code targetOrigin} to post to a window of {@code origin}: the origin itself, or
   * {@code *} for an opaque one, which no concrete target origin can reach.
   */
  public static String target(String origin) {
    return origin == null || origin.startsWith("file:") ? ANY : origin;
  }
}
