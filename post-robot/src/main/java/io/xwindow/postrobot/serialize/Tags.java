package io.xwindow.postrobot.serialize;

/** The {@code __type__} tags post-robot and universal-serialize write, that we read and write. */
final class Tags {
  static final String UNDEFINED = "undefined";
  static final String DATE = "date";
  static final String REGEX = "regex";
  static final String ERROR = "error";
  static final String FUNCTION = "cross_domain_function";
  static final String PROMISE = "cross_domain_zalgo_promise";
  static final String WINDOW = "cross_domain_window";

  private Tags() {}
}
