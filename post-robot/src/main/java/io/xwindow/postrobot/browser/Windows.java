package io.xwindow.postrobot.browser;

import elemental2.dom.DomGlobal;
import elemental2.dom.Window;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Questions about windows that can throw when the window is cross-origin or gone, answered
 * without throwing.
 */
public final class Windows {
  private Windows() {}

  /** This window. */
  public static Window self() {
    return DomGlobal.window;
  }

  /** True when {@code window} is closed, removed from its page, or cannot be asked. */
  public static boolean isClosed(Window window) {
    try {
      return window == null || window.closed;
    } catch (Throwable e) {
      return true;
    }
  }

  /** True when {@code window} is a frame of this window or a popup it opened. */
  public static boolean isChild(Window window) {
    try {
      Window self = self();
      return window != self && (window.parent == self || Js.asPropertyMap(window).get("opener") == self);
    } catch (Throwable e) {
      return false;
    }
  }

  /** The window that opened this one, else the one that frames it, else null. */
  public static Window ancestor() {
    try {
      Window self = self();
      Window opener = Js.uncheckedCast(Js.asPropertyMap(self).get("opener"));
      if (opener != null && !isClosed(opener)) {
        return opener;
      }
      return self.parent != null && self.parent != self ? self.parent : null;
    } catch (Throwable e) {
      return null;
    }
  }

  /**
   * True when {@code value} is a window, ours or another's, open or closed (a closed frame's
   * window no longer refers to itself, but still has {@code closed} and {@code postMessage}).
   */
  public static boolean isWindow(Object value) {
    try {
      if (value == null || !"object".equals(Js.typeof(value))) {
        return false;
      }
      JsPropertyMap<Object> window = Js.asPropertyMap(value);
      return window.get("window") == value
          || (Js.isTruthy(window.get("closed")) && "function".equals(Js.typeof(window.get("postMessage"))));
    } catch (Throwable e) {
      return false;
    }
  }

  /** This window's own domain, as post-robot writes it in the {@code origin} wire field. */
  public static String ownDomain() {
    return DomGlobal.location.protocol + "//" + DomGlobal.location.host;
  }

  /** This page's URL without query or fragment, as post-robot names where it is. */
  public static String ownLocation() {
    return ownDomain() + DomGlobal.location.pathname;
  }
}
