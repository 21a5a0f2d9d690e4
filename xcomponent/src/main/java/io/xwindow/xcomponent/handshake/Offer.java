package io.xwindow.xcomponent.handshake;

import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** What the parent sends its child: the props it may see, the context, auto-resize, helpers. */
public final class Offer {
  private Offer() {}

  public static JsPropertyMap<Object> of(
      Object props, String context, Object autoResize, Object helpers) {
    JsPropertyMap<Object> offer = JsPropertyMap.of();
    offer.set("props", props);
    offer.set("context", context);
    offer.set("autoResize", autoResize);
    offer.set("helpers", helpers);
    return offer;
  }

  /** The props in {@code offer} (an object, maybe empty). */
  public static JsPropertyMap<Object> props(Object offer) {
    Object props = Js.asPropertyMap(offer).get("props");
    return props == null ? JsPropertyMap.of() : Js.asPropertyMap(props);
  }

  public static Object context(Object offer) {
    return Js.asPropertyMap(offer).get("context");
  }

  public static Object autoResize(Object offer) {
    return Js.asPropertyMap(offer).get("autoResize");
  }

  /** The parent's helpers: {@code close, resize, focus, show, hide, onError, export}. */
  public static JsPropertyMap<Object> helpers(Object offer) {
    Object helpers = Js.asPropertyMap(offer).get("helpers");
    return helpers == null ? JsPropertyMap.of() : Js.asPropertyMap(helpers);
  }
}
