package io.xwindow.postrobot.wire;

/** Unique ids for messages, hashes, functions and instances: {@code uid_} and random hex. */
public final class Ids {
  private static final String HEX = "0123456789abcdef";

  private Ids() {}

  /** A new id, e.g. {@code uid_3f9a0c2b1e_8d0c5a9e71}. */
  public static String uid() {
    return "uid_" + hex(10) + "_" + hex(10);
  }

  private static String hex(int length) {
    String out = "";
    for (int i = 0; i < length; i++) {
      out += HEX.charAt((int) (Math.random() * 16));
    }
    return out;
  }
}
