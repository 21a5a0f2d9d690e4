package io.xwindow.postrobot.window;

import elemental2.dom.DomGlobal;
import elemental2.dom.Location;
import elemental2.dom.Window;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Questions about windows. They read only what browsers let any origin read of a window ({@code
 * closed}, {@code parent}, {@code opener}, {@code window}, {@code postMessage}); the callers run
 * them inside a {@link io.xwindow.postrobot.browser.Guard} or a promise where the input is foreign.
 */
public final class Windows {
  private Windows() {}

  /** This window. */
  public static Window self() {
    return DomGlobal.window;
  }

  /** True when {@code window} is closed or removed from its page. */
  public static boolean isClosed(Window window) {
    return window == null || window.closed;
  }

  /** True when {@code window} is a frame of this window or a popup it opened. */
  public static boolean isChild(Window window) {
    Window self = self();
    return window != self
        && (window.parent == self || Js.asPropertyMap(window).get("opener") == self);
  }

  /** The window that opened this one, else the one that frames it, else null. */
  public static Window ancestor() {
    Window self = self();
    Window opener = Js.uncheckedCast(Js.asPropertyMap(self).get("opener"));
    if (opener != null && !isClosed(opener)) {
      return opener;
    }
    return self.parent != null && self.parent != self ? self.parent : null;
  }

  /**
   * True when {@code value} is a window, ours or another's, open or closed (a closed frame's
   * window no longer refers to itself, but still has {@code closed} and {@code postMessage}).
   */
  public static boolean isWindow(Object value) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return false;
    }
    JsPropertyMap<Object> window = Js.asPropertyMap(value);
    return window.get("window") == value
        || (Js.isTruthy(window.get("closed"))
            && "function".equals(Js.typeof(window.get("postMessage"))));
  }

  private static String ownDomain;

  /**
   * This window's own domain, as post-robot writes it in the {@code origin} wire field; read
   * once, as a page keeps its origin.
   */
  public static String ownDomain() {
    if (ownDomain == null) {
      // through window: DomGlobal.location costs a static initializer in the bundle
      Location location = self().location;
      ownDomain = location.protocol + "//" + location.host;
    }
    return ownDomain;
  }

  /** This page's URL without query or fragment, as post-robot names where it is. */
  public static String ownLocation() {
    return ownDomain() + self().location.pathname;
  }
}
