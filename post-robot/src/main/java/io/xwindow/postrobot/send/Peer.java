package io.xwindow.postrobot.send;

/** What we know of a window that runs post-robot: the key it speaks and its origin. */
public final class Peer {
  public final String key;
  public final String origin;

  Peer(String key, String origin) {
    this.key = key;
    this.origin = origin;
  }
}
