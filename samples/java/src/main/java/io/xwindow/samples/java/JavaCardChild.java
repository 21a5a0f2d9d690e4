package io.xwindow.samples.java;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import io.xwindow.xcomponent.Component;
import io.xwindow.xcomponent.error.XComponentError;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The java-card component's own page, on the child site, in Java: once xcomponent has proven the
 * parent's origin it shows the holder's name, and its button charges the card through the
 * parent's {@code onCharge}, showing the parent's answer.
 */
@JsType
public final class JavaCardChild {
  /** What the button charges, in cents. */
  private static final int PRICE_CENTS = 1200;

  private JavaCardChild() {}

  /** Starts the card page; the page passes both origins. */
  public static void start(String childOrigin, String parentOrigin) {
    Component card = JavaCard.define(childOrigin, parentOrigin);
    if (!card.isChild()) {
      show("Open this card from the parent site: " + parentOrigin + "/java-card.html");
      return;
    }
    card.readyProps()
        .then(
            xprops -> {
              element("holder").textContent = xprops.string("holder");
              JavaCard.RemoteCharge onCharge = xprops.function("onCharge");
              element("charge").addEventListener("click", click -> charge(onCharge));
              show("ready");
              return null;
            },
            error -> {
              show("refused: " + Js.<XComponentError>uncheckedCast(error).code);
              return null;
            });
  }

  private static void charge(JavaCard.RemoteCharge onCharge) {
    show("charging " + new Money(PRICE_CENTS));
    onCharge
        .charge(PRICE_CENTS)
        .then(
            receipt -> {
              show("the shop answered: " + receipt);
              return null;
            },
            error -> {
              show("the shop failed: " + Js.<XComponentError>uncheckedCast(error).message);
              return null;
            });
  }

  private static void show(String text) {
    element("status").textContent = text;
  }

  private static Element element(String id) {
    return DomGlobal.document.getElementById(id);
  }
}
