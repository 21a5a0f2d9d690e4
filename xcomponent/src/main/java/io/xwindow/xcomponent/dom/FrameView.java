package io.xwindow.xcomponent.dom;

import elemental2.dom.Document;
import elemental2.dom.Element;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.Window;
import io.xwindow.xcomponent.constant.CloseReason;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A component in an iframe: the frame (named before it loads, sized exactly to the dimensions,
 * hidden under the prerender until the child is ready), inside what the container template made,
 * inside the user's container element.
 */
public class FrameView implements View {
  final Document doc;
  final HTMLIFrameElement frame;
  private final Element prerender;
  Element outer;
  private String display = "";

  /**
   * A frame named {@code name}, with the user's {@code attributes} (a title for screen readers
   * when they give none) and the nonce; not yet in the page.
   */
  public FrameView(
      Document doc, String name, String title, JsPropertyMap<Object> attributes, String nonce) {
    this.doc = doc;
    frame = Js.uncheckedCast(Styles.element(doc, "iframe", nonce));
    frame.name = name;
    frame.setAttribute("title", title);
    frame.setAttribute("frameborder", "0");
    frame.setAttribute("allowtransparency", "true");
    frame.setAttribute("scrolling", "auto");
    if (attributes != null) {
      attributes.forEach(key -> frame.setAttribute(key, String.valueOf(attributes.get(key))));
    }
    // hidden (not only transparent) until the child is ready, so nothing in it takes a click;
    // transparent was tried for load priority and measured no faster
    Styles.set(frame, "border:0;display:block;visibility:hidden;");
    prerender = Styles.element(doc, "div", nonce);
  }

  private FrameView(HTMLIFrameElement frame) {
    doc = frame.ownerDocument;
    this.frame = frame;
    prerender = doc.createElement("div"); // never shown
    outer = frame;
  }

  /**
   * The page's own {@code frame} (the {@code window} prop), named {@code name}: no template, and
   * it leaves the page with the instance.
   */
  public static FrameView adopt(HTMLIFrameElement frame, String name) {
    FrameView view = new FrameView(frame);
    view.rename(name);
    return view;
  }

  /** The frame element, for the container template. */
  public Element frame() {
    return frame;
  }

  /** The element the prerender template's output goes into, for the container template. */
  public Element prerenderHolder() {
    return prerender;
  }

  /** Puts {@code outer}, what the container template made, into {@code container}. */
  public void attach(Element container, Element outer) {
    this.outer = outer;
    container.appendChild(outer);
  }

  @Override
  public Window window() {
    return frame.contentWindow;
  }

  @Override
  public void rename(String name) {
    frame.name = name; // the frame's browsing context takes it too, and keeps it if the frame moves
    if (frame.contentWindow != null) {
      frame.contentWindow.name = name;
    }
  }

  @Override
  public void load(String url) {
    frame.src = url;
  }

  @Override
  public void rendered() {
    Styles.set(frame, "visibility:visible;");
    if (prerender.parentNode != null) {
      prerender.parentNode.removeChild(prerender);
    }
  }

  @Override
  public void resize(String width, String height) {
    if (width != null) {
      Styles.put(frame, "width", width);
    }
    if (height != null) {
      Styles.put(frame, "height", height);
    }
  }

  @Override
  public void show() {
    Styles.put(outer, "display", display);
  }

  @Override
  public void hide() {
    Styles.set(outer, "display:none;");
  }

  @Override
  public void focus() {
    Window window = frame.contentWindow;
    if (window != null) {
      window.focus();
    }
  }

  @Override
  public String gone() {
    // isConnected sees through shadow roots, which contains does not; contains where the browser
    // has no isConnected
    Object connected = Js.asPropertyMap(frame).get("isConnected");
    boolean inPage = connected instanceof Boolean
        ? (Boolean) connected
        : doc.documentElement.contains(frame);
    return inPage ? null : CloseReason.CONTAINER_REMOVED;
  }

  @Override
  public void remove() {
    if (outer != null && outer.parentNode != null) {
      outer.parentNode.removeChild(outer);
    }
  }
}
