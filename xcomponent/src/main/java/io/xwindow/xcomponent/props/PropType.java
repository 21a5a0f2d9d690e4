package io.xwindow.xcomponent.props;

/** The {@code type} of a prop definition; the JavaScript API exports them as {@code PROP_TYPE}. */
public final class PropType {
  public static final String STRING = "string";
  public static final String OBJECT = "object";
  public static final String FUNCTION = "function";
  public static final String BOOLEAN = "boolean";
  public static final String NUMBER = "number";
  public static final String ARRAY = "array";
  /**
   * A string that looks like an e-mail address: early xcomponent's type, kept so that its
   * examples run as written. zoid 10 has no such type; {@code PROP_TYPE} names neither.
   */
  public static final String EMAIL = "email";

  private PropType() {}

  static boolean isKnown(String type) {
    return STRING.equals(type) || OBJECT.equals(type) || FUNCTION.equals(type)
        || BOOLEAN.equals(type) || NUMBER.equals(type) || ARRAY.equals(type) || EMAIL.equals(type);
  }

  /**
   * True when a value of {@code actual} ({@link Host#typeOf}) fits {@code type}. As zoid's {@code
   * typeof} check: an array is also an {@code object}.
   */
  static boolean accepts(String type, String actual) {
    return type.equals(actual) || (OBJECT.equals(type) && ARRAY.equals(actual))
        || (EMAIL.equals(type) && STRING.equals(actual));
  }

  /**
   * True when {@code value} of a prop of {@code type} (which {@link #accepts}) is one: for {@link
   * #EMAIL}, one {@code @} with text before it, and a domain after it with a dot inside, no space.
   * (J2CL's {@code matches} is one JavaScript RegExp test: smaller in the bundle than a loop.)
   */
  static boolean holds(String type, Object value) {
    return !EMAIL.equals(type)
        || ((String) value).matches("[^@\\x00-\\x20]+@[^@\\x00-\\x20]+\\.[^@.\\x00-\\x20]+");
  }
}
