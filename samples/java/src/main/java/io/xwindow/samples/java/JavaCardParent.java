package io.xwindow.samples.java;

import elemental2.dom.DomGlobal;
import io.xwindow.xcomponent.Component;
import io.xwindow.xcomponent.Instance;
import io.xwindow.xcomponent.constant.EventName;
import io.xwindow.xcomponent.error.XComponentError;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A shop page in Java that embeds the java-card component of the child site: it renders the card
 * into {@code #card} with the holder's name and an {@code onCharge} that answers with a receipt,
 * logs the instance's events (rendered, closed with its reason) and removes the card from a
 * button, which says so when the card is already gone.
 */
@JsType
public final class JavaCardParent {
  private JavaCardParent() {}

  /** Renders the card; the page passes both origins and the holder's name. */
  public static void start(String childOrigin, String parentOrigin, String holder) {
    Component card = JavaCard.define(childOrigin, parentOrigin);
    JavaCard.Charge onCharge =
        cents -> {
          Money amount = new Money((int) cents);
          log("onCharge: " + amount);
          return "charged " + amount + " to " + holder;
        };
    Instance instance = card.instance(JsPropertyMap.of("holder", holder, "onCharge", onCharge));
    instance.event().on(EventName.RENDERED, ignored -> log("rendered"));
    boolean[] closed = {false}; // written by the close, read by the button: one thread, the page's
    instance.onClose(reason -> {
      closed[0] = true;
      log("closed: " + reason);
    });
    instance
        .render("#card")
        .then(
            null,
            error -> {
              XComponentError failure = Js.uncheckedCast(error);
              log("render failed: " + failure.code + ": " + failure.message);
              return null;
            });
    DomGlobal.document
        .getElementById("remove")
        .addEventListener("click", click -> {
          if (closed[0]) {
            log("remove: the card is already closed; reload the page for a new one");
          } else {
            instance.close();
          }
        });
  }

  private static void log(String line) {
    DomGlobal.document.getElementById("log").textContent += line + "\n";
  }
}
