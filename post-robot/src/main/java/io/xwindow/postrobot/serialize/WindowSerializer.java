package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import io.xwindow.postrobot.window.Windows;

/**
 * Windows (real ones, or {@link ProxyWindow}s) as post-robot 10's {@code cross_domain_window}:
 * its id and its methods, read back as a {@link ProxyWindow}.
 */
final class WindowSerializer implements Serializer {
  private final ProxyWindows windows;

  WindowSerializer(ProxyWindows windows) {
    this.windows = windows;
  }

  @Override
  public String tag() {
    return "cross_domain_window";
  }

  @Override
  public boolean writes(Object value) {
    return value instanceof ProxyWindow || Windows.isWindow(value);
  }

  @Override
  public Object write(Object value, Window target, Object domain) {
    return windows.of(value).serialized();
  }

  @Override
  public Object read(Object value, Window source, String origin, RemoteCaller remote) {
    ProxyWindow proxy = windows.read(value, source);
    return proxy != null ? proxy : value;
  }
}
