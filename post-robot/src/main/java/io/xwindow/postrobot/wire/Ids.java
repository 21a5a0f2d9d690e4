package io.xwindow.postrobot.wire;

/**
 * Unique ids for messages, hashes and functions: {@code uid_}, a random prefix drawn once per
 * window, and a counter, e.g. {@code uid_3f9a0c2b1e_17}. Unique across windows by the prefix,
 * and cheap: one id per message is made on the hot path. (post-robot draws 10 random hex digits
 * for every id; any unique string interoperates.)
 */
public final class Ids {
  private static final String HEX = "0123456789abcdef";
  private static String prefix;
  private static int counter;

  private Ids() {}

  /** A new id. */
  public static String uid() {
    if (prefix == null) {
      prefix = "uid_" + randomHex(10) + "_";
    }
    return prefix + (++counter);
  }

  private static String randomHex(int length) {
    String out = "";
    for (int i = 0; i < length; i++) {
      out += HEX.charAt((int) (Math.random() * 16));
    }
    return out;
  }
}
