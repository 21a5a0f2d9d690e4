package io.xwindow.xcomponent.dom;

import elemental2.dom.Document;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;

/**
 * Elements as xcomponent inserts them: each carries the page's CSP nonce, when the {@code
 * cspNonce} prop gave one, and styles are set through the CSSOM ({@code style.setProperty}),
 * which a {@code style-src} policy without {@code 'unsafe-inline'} allows, unlike a {@code style}
 * attribute.
 */
public final class Styles {
  private Styles() {}

  /** A new element {@code tag} of {@code doc}, with the nonce when there is one. */
  public static HTMLElement element(Document doc, String tag, String nonce) {
    HTMLElement element = (HTMLElement) doc.createElement(tag);
    if (nonce != null && !nonce.isEmpty()) {
      element.setAttribute("nonce", nonce);
    }
    return element;
  }

  /**
   * Sets CSS properties, one {@code property:value} after another, each ended by {@code ;}: e.g.
   * {@code set(el, "width:400px;border:0;")}. One string, not Java varargs: a Java array would bring
   * J2CL's array runtime into the bundle. In Styles.native.js.
   */
  @jsinterop.annotations.JsMethod
  public static native void set(Element element, String css);

  /** Sets one CSS property to a value that may come from elsewhere (left whole, never parsed). */
  public static void put(Element element, String property, String value) {
    ((HTMLElement) element).style.setProperty(property, value);
  }

  /** The number a CSS length starts with ({@code "8px"} is 8), NaN for none. */
  @jsinterop.annotations.JsMethod(namespace = jsinterop.annotations.JsPackage.GLOBAL, name = "parseFloat")
  public static native double number(String css);

  /** A CSS length: a number as pixels, a string as it is, null for none. */
  public static String length(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double) {
      return ((Double) value).intValue() + "px";
    }
    return String.valueOf(value);
  }
}
