package io.xwindow.samples.java;

import elemental2.promise.Promise;
import io.xwindow.xcomponent.Component;
import io.xwindow.xcomponent.XComponent;
import jsinterop.annotations.JsFunction;
import jsinterop.base.JsPropertyMap;

/**
 * The java-card component, defined once for both sites as zoid users do: a card form of the child
 * site that a shop (the parent site) embeds, passing the card holder's name ({@code holder}) and a
 * function to charge the card ({@code onCharge}). Only the parent site may embed it.
 */
final class JavaCard {
  /** The tag, the same on both sites. */
  static final String TAG = "java-card";

  /** {@code onCharge} as the parent defines it: charges {@code cents}, answers with a receipt. */
  @JsFunction
  interface Charge {
    String charge(double cents);
  }

  /** {@code onCharge} as the child holds it: a call across origins, answered by a promise. */
  @JsFunction
  interface RemoteCharge {
    Promise<String> charge(double cents);
  }

  private JavaCard() {}

  /**
   * Defines the component: its page is {@code childOrigin/java-card.html}, and only a parent on
   * {@code parentOrigin} gets its props (both origins come from the page, as only the server
   * knows them).
   */
  static Component define(String childOrigin, String parentOrigin) {
    JsPropertyMap<Object> options =
        JsPropertyMap.of("tag", TAG, "url", childOrigin + "/java-card.html");
    options.set("dimensions", JsPropertyMap.of("width", "380px", "height", "140px"));
    options.set("allowedParentDomains", parentOrigin);
    options.set(
        "props",
        JsPropertyMap.of(
            "holder", JsPropertyMap.of("type", "string"),
            "onCharge", JsPropertyMap.of("type", "function")));
    return XComponent.define(options);
  }
}
