package io.xwindow.postrobot.transport;

/**
 * What we know of a window that runs post-robot: the key it speaks, its origin, and the
 * transport our messages to it take: {@code postMessage} until a private channel is agreed.
 */
public final class Peer {
  public final String key;
  public final String origin;
  /** Set by {@link PrivateChannel} only. */
  Transport transport = WindowTransport.INSTANCE;
  /** The instance id its last hello carried: a new one means a new page there. */
  Object instanceId;

  public Peer(String key, String origin) {
    this.key = key;
    this.origin = origin;
  }

  /** How messages to this window travel now. */
  public Transport transport() {
    return transport;
  }

  /** True when messages to this window travel on a private channel now. */
  public boolean onChannel() {
    return transport != WindowTransport.INSTANCE;
  }
}
