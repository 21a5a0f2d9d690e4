package io.xwindow.xcomponent.dom;

import elemental2.dom.Document;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The default container and prerender templates, used when {@code create} names none. The
 * container is an inline block holding the frame and, over it, the prerender (a spinner), shown at
 * once and removed when the child is ready. Options are zoid's: {@code {doc, frame,
 * prerenderFrame, dimensions, props, uid, tag, context, event, state}}.
 */
public final class Templates {
  private Templates() {}

  /** The default container: the frame, with the prerender over it. */
  public static Element container(JsPropertyMap<Object> options) {
    Document doc = Js.uncheckedCast(options.get("doc"));
    String nonce = nonce(options);
    HTMLElement box = Styles.element(doc, "div", nonce);
    box.className = "xcomponent-container";
    Styles.set(box, "display:inline-block;position:relative;line-height:0;");
    Element frame = Js.uncheckedCast(options.get("frame"));
    Element prerender = Js.uncheckedCast(options.get("prerenderFrame"));
    if (frame != null) {
      box.appendChild(frame);
    }
    if (prerender != null) {
      Styles.set(prerender, "position:absolute;left:0;top:0;right:0;bottom:0;");
      box.appendChild(prerender);
    }
    return box;
  }

  /** The default prerender: a spinner, animated by one style rule that carries the nonce. */
  public static Element prerender(JsPropertyMap<Object> options) {
    Document doc = Js.uncheckedCast(options.get("doc"));
    String nonce = nonce(options);
    HTMLElement holder = Styles.element(doc, "div", nonce);
    holder.className = "xcomponent-spinner";
    HTMLElement style = Styles.element(doc, "style", nonce);
    style.textContent =
        ".xcomponent-spinner{display:flex;align-items:center;justify-content:center;"
            + "min-height:60px;width:100%;height:100%;background:#fff}"
            + ".xcomponent-spinner i{width:24px;height:24px;border:3px solid #ccc;"
            + "border-top-color:#555;border-radius:50%;animation:xcomponent-spin 0.8s linear infinite}"
            + "@keyframes xcomponent-spin{to{transform:rotate(360deg)}}";
    holder.appendChild(style);
    holder.appendChild(Styles.element(doc, "i", nonce));
    return holder;
  }

  private static String nonce(JsPropertyMap<Object> options) {
    Object props = options.get("props");
    Object nonce = props == null ? null : Js.asPropertyMap(props).get("cspNonce");
    return nonce instanceof String ? (String) nonce : null;
  }
}
