package io.xwindow.postrobot.send;


import elemental2.dom.MessagePort;

/**
 * What we know of a window that runs post-robot: the key it speaks, its origin, and, when it
 * runs xwindow too, the private channel our messages to it travel on.
 */
public final class Peer {
  public final String key;
  public final String origin;
  /** Our end of a {@code MessageChannel} to it, or null: then messages go by postMessage. */
  public MessagePort port;

  Peer(String key, String origin) {
    this.key = key;
    this.origin = origin;
  }
}
