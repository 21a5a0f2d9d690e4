package io.xwindow.xcomponent.props;

/** The {@code type} of a prop definition; the JavaScript API exports them as {@code PROP_TYPE}. */
public final class PropType {
  public static final String STRING = "string";
  public static final String OBJECT = "object";
  public static final String FUNCTION = "function";
  public static final String BOOLEAN = "boolean";
  public static final String NUMBER = "number";
  public static final String ARRAY = "array";

  private PropType() {}

  static boolean isKnown(String type) {
    return STRING.equals(type) || OBJECT.equals(type) || FUNCTION.equals(type)
        || BOOLEAN.equals(type) || NUMBER.equals(type) || ARRAY.equals(type);
  }

  /**
   * True when a value of {@code actual} ({@link Host#typeOf}) fits {@code type}. As zoid's {@code
   * typeof} check: an array is also an {@code object}.
   */
  static boolean accepts(String type, String actual) {
    return type.equals(actual) || (OBJECT.equals(type) && ARRAY.equals(actual));
  }
}
