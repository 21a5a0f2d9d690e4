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
    return hex(c, 28, hex(b, 20, hex(b >>> 24, 4, hex(a, 28, "uid_")) + "_"));
  }

  private static final String DIGITS = "0123456789abcdef";

  /**
   * {@code out} and then the hex digits of {@code value} from the one at bit {@code top} down,
   * leading zeros kept: 28 gives all 8 of them (the top digit's bit, not a count of digits, which
   * J2CL would multiply by {@code Math.imul}). A digit at a time: a number's {@code toString(16)}
   * costs V8 more than a microsecond an id, on every message (Chromium, hot); one-character
   * strings cost it nothing.
   */
  private static String hex(int value, int top, String out) {
    for (int shift = top; shift >= 0; shift -= 4) {
      int digit = (value >>> shift) & 15;
      out += DIGITS.substring(digit, digit + 1);
    }
    return out;
  }
}
