package io.xwindow.postrobot.wire;

import io.xwindow.postrobot.browser.RandomWords;

/**
 * Ids for messages, hashes, functions, windows and our post-robot instance: {@code uid_}, 10
 * hex digits, {@code _}, 14 hex digits, all 96 bits drawn afresh for each id from the browser's
 * cryptographic generator, e.g. {@code uid_3f9a0c2b1e_a0b1c2d3e4f5a6}.
 *
 * <p>The shape is post-robot's ({@code uid_}, 10 random hex digits, {@code _}, lowercase letters
 * and digits); every post-robot takes any unique string. An id tells the window that reads it
 * nothing about our other ids: not a prefix, not a counter. A frame that could guess the ids we
 * send a third window could post them first and have that window drop our messages, or make a
 * handle it sends us name one of our functions.
 */
public final class Ids {
  private Ids() {}

  /** A new id. */
  public static String uid() {
    return format(RandomWords.next(), RandomWords.next(), RandomWords.next());
  }

  /** The id made of the random words {@code a}, {@code b} and {@code c}. */
  static String format(int a, int b, int c) {
    return "uid_" + hex(a, 8) + hex(b >>> 24, 2) + "_" + hex(b, 6) + hex(c, 8);
  }

  /**
   * The last {@code digits} hex digits of {@code value}, leading zeros kept: 8 gives all of them.
   * (Integer.toHexString is in the bundle anyway, for Object.toString: no digit loop of ours.)
   */
  private static String hex(int value, int digits) {
    String padded = "0000000" + Integer.toHexString(value);
    return padded.substring(padded.length() - digits);
  }
}
