package io.xwindow.xcomponent.props;

/** A CSS size as {@code dimensions} accepts it: digits then {@code px} or {@code %}. */
final class CssSize {
  private CssSize() {}

  /** True for {@code "400px"} or {@code "100%"}; false for {@code "400"}, {@code "1.5px"}, {@code "em"}. */
  static boolean isPxOrPercent(String size) {
    int digits = size.endsWith("px") ? size.length() - 2
        : size.endsWith("%") ? size.length() - 1 : -1;
    if (digits < 1) {
      return false;
    }
    for (int i = 0; i < digits; i++) {
      char c = size.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
