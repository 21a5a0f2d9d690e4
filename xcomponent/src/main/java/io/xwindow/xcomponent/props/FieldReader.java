package io.xwindow.xcomponent.props;

import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;

/**
 * Reads the typed fields of one user object ({@code create}'s options or a prop definition) and
 * keeps the first problem as a {@code BAD_OPTIONS} error naming the field, so that a reader can
 * read every field in a row and check once at the end instead of after each field.
 */
final class FieldReader {
  private final Host host;
  private final Object object;
  private final String where;
  private XComponentError error;

  /** {@code where} prefixes field names in messages, e.g. {@code "options."}. */
  FieldReader(Host host, Object object, String where) {
    this.host = host;
    this.object = object;
    this.where = where;
  }

  Object raw(String key) {
    return host.get(object, key);
  }

  boolean has(String key) {
    return raw(key) != null;
  }

  String typeOf(String key) {
    return host.typeOf(raw(key));
  }

  /** The function at {@code key}, or null when absent. */
  Object function(String key) {
    return typed(key, "function");
  }

  /** The string at {@code key}, or null when absent. */
  String string(String key) {
    return (String) typed(key, "string");
  }

  /** The boolean at {@code key}, or {@code otherwise} when absent. */
  boolean flag(String key, boolean otherwise) {
    Object value = typed(key, "boolean");
    return value == null ? otherwise : ((Boolean) value).booleanValue();
  }

  /** The value at {@code key} when it is absent or of one of the two types; else a problem. */
  Object either(String key, String type, String otherType) {
    Object value = raw(key);
    String actual = host.typeOf(value);
    if (value == null || type.equals(actual) || otherType.equals(actual)) {
      return value;
    }
    fail("Expected " + where + key + " to be " + article(type) + " or " + article(otherType)
        + ", got " + actual);
    return null;
  }

  /** True when the value at {@code key} is a domain matcher: a string, a RegExp or an array of them. */
  boolean isMatcher(String key) {
    Object value = raw(key);
    if (isSingleMatcher(value)) {
      return true;
    }
    if (!"array".equals(host.typeOf(value))) {
      return false;
    }
    String[] indexes = host.keys(value);
    for (int i = 0; i < indexes.length; i++) {
      if (!isSingleMatcher(host.get(value, indexes[i]))) {
        return false;
      }
    }
    return true;
  }

  private boolean isSingleMatcher(Object value) {
    return "string".equals(host.typeOf(value)) || host.isRegExp(value);
  }

  private Object typed(String key, String type) {
    Object value = raw(key);
    if (value == null || type.equals(host.typeOf(value))) {
      return value;
    }
    fail("Expected " + where + key + " to be " + article(type) + ", got " + host.typeOf(value));
    return null;
  }

  private static String article(String type) {
    return (type.equals("array") || type.equals("object") ? "an " : "a ") + type;
  }

  /** Keeps {@code message} as the problem unless an earlier one is kept already. */
  void fail(String message) {
    if (error == null) {
      error = Errors.badOptions(message);
    }
  }

  /** Keeps {@code problem} (another reader's, or null for none) unless an earlier one is kept. */
  void keep(XComponentError problem) {
    if (error == null) {
      error = problem;
    }
  }

  /** The first problem, or null. */
  XComponentError error() {
    return error;
  }
}
