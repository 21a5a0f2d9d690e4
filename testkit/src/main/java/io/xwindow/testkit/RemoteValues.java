package io.xwindow.testkit;

import java.util.Map;

/**
 * A WebDriver BiDi remote value as the Java value {@link Browser#eval} promises: a String, a
 * Boolean, a Long for a whole number and a Double otherwise (as Chromium's driver gives them), or
 * null; any other value comes back as its type name in brackets, e.g. {@code [object]}.
 */
final class RemoteValues {
  private RemoteValues() {}

  static Object toJava(Map<String, Object> remote) {
    Object type = remote.get("type");
    Object value = remote.get("value");
    if ("undefined".equals(type) || "null".equals(type)) {
      return null;
    }
    if ("string".equals(type) || "boolean".equals(type)) {
      return value;
    }
    if ("number".equals(type)) {
      return number(value);
    }
    return "[" + type + "]";
  }

  private static Object number(Object value) {
    if (value instanceof String special) {
      switch (special) {
        case "NaN":
          return Double.NaN;
        case "-0":
          return -0.0;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          throw new IllegalArgumentException("not a number: " + special);
      }
    }
    double number = ((Number) value).doubleValue();
    if (number == Math.rint(number) && Math.abs(number) < 0x1p53) {
      return (long) number;
    }
    return number;
  }
}
