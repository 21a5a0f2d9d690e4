package io.xwindow.postrobot.browser;

import jsinterop.annotations.JsMethod;

/**
 * Random 32-bit words from the browser's cryptographic generator ({@code
 * crypto.getRandomValues}), drawn 768 at a time (a call to crypto costs far more than a word
 * taken from the pool): what makes our ids unguessable by other windows ({@link
 * io.xwindow.postrobot.wire.Ids}). {@code Math.random} is not: its state can be recovered from
 * a few outputs.
 *
 * <p>In {@code RandomWords.native.js}: Elemental2 1.2.1 has no binding of {@code crypto}.
 */
public final class RandomWords {
  private RandomWords() {}

  /** The next random word. */
  @JsMethod
  public static native int next();
}
