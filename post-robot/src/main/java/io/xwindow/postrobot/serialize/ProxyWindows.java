package io.xwindow.postrobot.serialize;

import elemental2.core.JsWeakMap;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Tables;
import io.xwindow.postrobot.wire.Ids;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The {@link ProxyWindow}s this window knows: one per real window it has sent, and one per id
 * each window has sent it ({@link WindowIds} decides which id names which), so that a window
 * sent back and forth stays one proxy, and a proxy sent back to the window that holds the real
 * one unwraps to it.
 */
public final class ProxyWindows {
  /** Our proxies of the real windows we sent, never one that another window sent us. */
  private final JsWeakMap<Window, ProxyWindow> byWindow = new JsWeakMap<>();
  private final WindowIds<Window, ProxyWindow> ids =
      new WindowIds<>(Tables.map(), Tables.weakMap(), Tables::map);
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
      ids.addOurs(known.getID(), known);
      byWindow.set(real, known);
      known.bind(real);
    }
    return known;
  }

  /**
   * The proxy a serialized window (its id and its methods, already decoded), sent by {@code
   * source}, stands for: the one that id names, or a new one. Null when it is not a serialized
   * window.
   */
  ProxyWindow read(Object serialized, Window source) {
    if (serialized == null || !"object".equals(Js.typeof(serialized))) {
      return null;
    }
    JsPropertyMap<Object> methods = Js.asPropertyMap(serialized);
    Object id = methods.get("id");
    if (!(id instanceof String)) {
      return null;
    }
    ProxyWindow known = ids.find(source, (String) id);
    if (known == null) {
      known = new ProxyWindow((String) id, methods, this);
      ids.addTheirs(source, (String) id, known);
    }
    return known;
  }

  /**
   * Forgets our proxies whose real window has closed. (Those other windows sent go with the
   * window that sent them.)
   */
  public void releaseClosed() {
    ids.forEachOurs(
        (proxy, id) -> {
          if (proxy.isGone()) {
            ids.forgetOurs(id);
          }
        });
  }
}
