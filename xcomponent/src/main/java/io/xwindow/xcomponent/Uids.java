package io.xwindow.xcomponent;

/** Instance ids: random, lower-case letters and digits, as a window name may carry them. */
final class Uids {
  private Uids() {}

  static String next() {
    return Integer.toString((int) (Math.random() * 2147483647), 36)
        + Integer.toString((int) (Math.random() * 2147483647), 36);
  }
}
