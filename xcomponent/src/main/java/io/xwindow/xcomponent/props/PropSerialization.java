package io.xwindow.xcomponent.props;

/**
 * How an object prop goes into the URL query ({@code serialization} of a definition); the
 * JavaScript API exports them as {@code PROP_SERIALIZATION}.
 */
public final class PropSerialization {
  /** {@code key=<JSON>}. */
  public static final String JSON = "json";
  /** {@code key.a=1&key.b.c=2}, arrays of primitives as {@code key.list[]=1,2}: the default. */
  public static final String DOTIFY = "dotify";
  /** {@code key=<base64 of the UTF-8 JSON, without padding>}. */
  public static final String BASE64 = "base64";

  private PropSerialization() {}

  static boolean isKnown(String serialization) {
    return JSON.equals(serialization) || DOTIFY.equals(serialization)
        || BASE64.equals(serialization);
  }
}
