package io.xwindow.postrobot.transport;

/**
 * What we know of a window that runs post-robot: the key it speaks, its origin, and the private
 * channel our messages to it take once one is agreed ({@code postMessage} until then).
 */
public final class Peer {
  public final String key;
  public final String origin;
  /**
   * Set by {@link PrivateChannel} only; null: {@code postMessage}. (Null rather than a shared
   * {@link WindowTransport}: a static instance costs the bundle J2CL's lazy class initializer.)
   */
  Transport transport;
  /** The instance id its last hello carried: a new one means a new page there. */
  Object instanceId;

  public Peer(String key, String origin) {
    this.key = key;
    this.origin = origin;
  }

  /** The private channel messages to this window travel on now, or null: {@code postMessage}. */
  public Transport transport() {
    return transport;
  }

  /** True when messages to this window travel on a private channel now. */
  public boolean onChannel() {
    return transport != null;
  }
}
