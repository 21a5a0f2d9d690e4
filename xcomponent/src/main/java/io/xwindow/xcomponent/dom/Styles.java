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

  /** Sets CSS {@code property} pairs, e.g. {@code set(el, "width", "400px", "border", "0")}. */
  public static void set(Element element, String... pairs) {
    HTMLElement html = (HTMLElement) element;
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      html.style.setProperty(pairs[i], pairs[i + 1]);
    }
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
