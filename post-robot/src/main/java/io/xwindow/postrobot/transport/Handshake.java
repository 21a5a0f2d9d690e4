package io.xwindow.postrobot.transport;

/**
 * The decisions of the private-channel handshake, for one end of the channel, apart from the
 * browser (tested on the JVM). Three empty envelopes settle it: the accepting end says "open";
 * the offering end answers; the accepting end, having heard the answer, switches to the channel
 * and says so; the offering end switches on hearing that. An end switches only once it has heard
 * the other, so a channel that carries one way only (HtmlUnit) is never used.
 */
final class Handshake {
  /** What to do after a message arrived on the channel: post an empty envelope back. */
  static final int REPLY = 1;
  /** What to do after a message arrived on the channel: send on the channel from now on. */
  static final int SWITCH = 2;

  private final boolean accepted;
  private int heard;

  /** One end: {@code accepted} for the end that was handed the port, else the offering end. */
  Handshake(boolean accepted) {
    this.accepted = accepted;
  }

  /** True when this end opens the conversation. */
  boolean speaksFirst() {
    return accepted;
  }

  /** A message arrived on the channel: {@link #REPLY} and/or {@link #SWITCH}, or 0. */
  int heard() {
    if (heard < 2) {
      heard++; // only the handshake counts
    } else {
      return 0;
    }
    if (accepted) {
      return heard == 1 ? REPLY | SWITCH : 0;
    }
    return heard == 1 ? REPLY : SWITCH;
  }
}
