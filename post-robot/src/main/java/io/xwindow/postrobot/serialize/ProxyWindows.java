package io.xwindow.postrobot.serialize;

import elemental2.core.JsObject;
import elemental2.core.JsWeakMap;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.wire.Ids;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The {@link ProxyWindow}s this window knows: one per real window it has sent, and one per id it
 * has been sent, so that a window sent back and forth stays one proxy, and a proxy sent back to
 * the window that holds the real one unwraps to it.
 */
public final class ProxyWindows {
  private final JsWeakMap<Window, ProxyWindow> byWindow = new JsWeakMap<>();
  private final JsPropertyMap<ProxyWindow> byId = Dictionary.create();
  final InstanceIds instanceIds;

  /** {@code instanceIds} asks a window which post-robot instance runs there. */
  public ProxyWindows(InstanceIds instanceIds) {
    this.instanceIds = instanceIds;
  }

  /** The proxy of {@code window} (a real window, or a proxy itself). */
  ProxyWindow of(Object window) {
    if (window instanceof ProxyWindow) {
      return (ProxyWindow) window;
    }
    Window real = Js.uncheckedCast(window);
    ProxyWindow known = byWindow.get(real);
    if (known == null) {
      known = new ProxyWindow(Ids.uid(), null, this);
      byId.set(known.getID(), known);
      known.bind(real);
    }
    return known;
  }

  /**
   * The proxy a serialized window (its id and its methods, already decoded) stands for: the one
   * known by that id, or a new one. Null when it is not a serialized window.
   */
  ProxyWindow read(Object serialized) {
    if (serialized == null || !"object".equals(Js.typeof(serialized))) {
      return null;
    }
    JsPropertyMap<Object> methods = Js.asPropertyMap(serialized);
    Object id = methods.get("id");
    if (!(id instanceof String)) {
      return null;
    }
    ProxyWindow known = byId.get((String) id);
    if (known == null) {
      known = new ProxyWindow((String) id, methods, this);
      byId.set((String) id, known);
    }
    return known;
  }

  void bound(ProxyWindow proxy, Window window) {
    byWindow.set(window, proxy);
  }

  /** Forgets the proxies whose real window has closed. */
  public void releaseClosed() {
    elemental2.core.JsArray<String> ids = JsObject.keys(byId);
    for (int i = 0; i < ids.length; i++) {
      if (byId.get(ids.getAt(i)).isGone()) {
        byId.delete(ids.getAt(i));
      }
    }
  }
}
