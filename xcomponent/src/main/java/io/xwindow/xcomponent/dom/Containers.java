package io.xwindow.xcomponent.dom;

import elemental2.dom.HTMLDocument;
import elemental2.dom.Element;
import io.xwindow.xcomponent.Errors;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;

/**
 * Where a frame goes: the container of a render, for the page's own {@code render} and for a
 * frame's {@code renderTo} alike. A selector must be valid and match an element of the page's
 * body (a frame under {@code head} would load unseen); an element is taken as the page gives it.
 */
public final class Containers {
  private Containers() {}

  /** The container element for {@code container} (a selector or an element), or the error. */
  public static Object find(HTMLDocument doc, Object container) {
    Element found = null;
    if (container instanceof String) {
      found = query(doc, (String) container);
      if (found != null && !doc.body.contains(found)) {
        found = null;
      }
    } else if (isElement(container)) {
      found = Js.uncheckedCast(container);
    }
    return found == null ? Errors.badContainer("Can not find element: " + container) : found;
  }

  private static boolean isElement(Object value) {
    return value != null && "object".equals(Js.typeof(value))
        && Js.asPropertyMap(value).get("nodeType") instanceof Double
        && Js.asDouble(Js.asPropertyMap(value).get("nodeType")) == 1;
  }

  /** {@code doc.querySelector(selector)}; null for no match and for an invalid selector. */
  @JsMethod
  private static native Element query(HTMLDocument doc, String selector);
}
