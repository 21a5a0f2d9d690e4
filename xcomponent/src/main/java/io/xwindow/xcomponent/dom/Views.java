package io.xwindow.xcomponent.dom;

import elemental2.core.JsArray;
import elemental2.dom.Element;
import elemental2.dom.HTMLDocument;
import elemental2.dom.Window;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.constant.EventName;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.props.ComponentOptions;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Opens a child's window as a component's options say: its size ({@code dimensions}), its
 * attributes, and the prerender and container templates. Both the parent of a render and a
 * window that renders for another ({@code renderTo}) open through here.
 */
public final class Views {
  private Views() {}

  /**
   * Opens the child's window for {@code context}: a popup ({@code givenWindow}, if given; else
   * opened now, inside the caller's event), a frame in {@code target} ({@code givenWindow}, a
   * frame of this page, if given), or a frame in a modal dialog in {@code target} (else in the
   * body); with the prerender and the container from the templates. The {@link View}, or the
   * error.
   */
  public static Object open(ComponentOptions options, String context, Element target, String name,
      JsPropertyMap<Object> templateOptions, JsPropertyMap<Object> props, Object givenWindow,
      Emitter event) {
    JsPropertyMap<Object> size = forProps(options.dimensions, props);
    String width = size == null ? null : Styles.length(size.get("width"));
    String height = size == null ? null : Styles.length(size.get("height"));
    JsPropertyMap<Object> dimensions = JsPropertyMap.of();
    dimensions.set("width", width);
    dimensions.set("height", height);
    templateOptions.set("dimensions", dimensions);
    JsPropertyMap<Object> all = forProps(options.attributes, props);
    // a modal is an iframe too: without attributes of its own, it takes the iframe's
    Object given = all == null ? null
        : all.get(context) == null && Context.MODAL.equals(context) ? all.get(Context.IFRAME)
        : all.get(context);
    JsPropertyMap<Object> attributes = given == null ? null : Js.asPropertyMap(given);
    if (Context.POPUP.equals(context)) {
      PopupView popup;
      if (givenWindow != null) {
        if (!Windows.isWindow(givenWindow) || Js.<Window>uncheckedCast(givenWindow).closed) {
          return Errors.badWindow("Expected the window prop to be an open window");
        }
        popup = PopupView.adopt(Js.uncheckedCast(givenWindow), name);
      } else {
        popup = PopupView.open(name, pixels(width, 300, Page.window().outerWidth),
            pixels(height, 150, Page.window().outerHeight), features(attributes));
      }
      if (popup == null) {
        return Errors.popupBlocked();
      }
      templateOptions.set("doc", popup.document());
      event.trigger(EventName.PRERENDER, null);
      popup.prerender(template(options.prerenderTemplate, templateOptions, false));
      event.trigger(EventName.PRERENDERED, null);
      return popup;
    }
    if (givenWindow != null) { // a blank frame of this page's own: the child loads in it
      Element own = frameOf(givenWindow);
      return own == null ? Errors.badWindow("Expected the window prop to be a frame of this page")
          : FrameView.adopt(Js.uncheckedCast(own), name);
    }
    HTMLDocument doc = Page.document();
    Object nonce = props.get("cspNonce");
    String cspNonce = nonce instanceof String ? (String) nonce : null;
    FrameView frame = Context.MODAL.equals(context)
        ? new ModalView(doc, name, options.tag, attributes, cspNonce, options.closeOnBackdropClick)
        : new FrameView(doc, name, options.tag, attributes, cspNonce);
    frame.resize(width, height);
    templateOptions.set("doc", doc);
    templateOptions.set("frame", frame.frame());
    templateOptions.set("prerenderFrame", frame.prerenderHolder());
    event.trigger(EventName.PRERENDER, null);
    Element prerender = template(options.prerenderTemplate, templateOptions, false);
    if (prerender != null) {
      frame.prerenderHolder().appendChild(prerender);
    }
    event.trigger(EventName.PRERENDERED, null);
    // a modal needs no container: its dialog is over the page wherever it is
    frame.attach(target == null ? doc.body : target,
        template(options.containerTemplate, templateOptions, true));
    return frame;
  }

  /**
   * The element {@code container} names: a selector of an element of this page's body (a frame
   * under {@code head} would load unseen), or an element; else null, also for an invalid
   * selector. For the page's own {@code render} and a frame's {@code renderTo} alike.
   */
  public static Element find(Object container) {
    if (container instanceof String) {
      HTMLDocument doc = Page.document();
      Element found = query(doc, (String) container);
      return found != null && doc.body.contains(found) ? found : null;
    }
    boolean element = container != null && "object".equals(Js.typeof(container))
        && Js.asPropertyMap(container).get("nodeType") instanceof Double
        && Js.asDouble(Js.asPropertyMap(container).get("nodeType")) == 1;
    return element ? Js.uncheckedCast(container) : null;
  }

  /**
   * The iframe element of {@code window} when it is a frame of this page (so on this origin, as a
   * blank frame is), else null: a popup, another page's frame, no window.
   */
  public static Element frameOf(Object window) {
    return Windows.isWindow(window) ? frameElement(window) : null;
  }

  @JsMethod
  private static native Element frameElement(Object window);

  /**
   * True when {@code container} is a selector of nothing yet and the page is still loading: the
   * element may come with the rest of the page.
   */
  public static boolean later(Object container) {
    return container instanceof String && find(container) == null
        && "loading".equals(Page.document().readyState);
  }

  /** Closes {@code win}, also when its page replaced its own {@code close}. */
  @JsMethod
  static native void shut(Window win);

  /** {@code doc.querySelector(selector)}; null for no match and for an invalid selector. */
  @JsMethod
  private static native Element query(HTMLDocument doc, String selector);

  /** The user's template, else the built-in one ({@link Templates}). */
  private static Element template(
      Object template, JsPropertyMap<Object> options, boolean container) {
    if ("function".equals(Js.typeof(template))) {
      return Js.uncheckedCast(Callbacks.call(template, options));
    }
    return container ? Templates.container(options) : Templates.prerender(options);
  }

  /** An option that is an object, or a function of {@code {props}} that returns one; or null. */
  private static JsPropertyMap<Object> forProps(Object option, JsPropertyMap<Object> props) {
    if ("function".equals(Js.typeof(option))) {
      option = Callbacks.call(option, JsPropertyMap.of("props", props));
    }
    return option == null ? null : Js.asPropertyMap(option);
  }

  private static int pixels(String css, int fallback, double whole) {
    if (css == null) {
      return fallback;
    }
    double value = Styles.number(css);
    return css.endsWith("%") ? (int) (whole * value / 100) : (int) value;
  }

  /** A popup's attributes as window features: {@code key=value,...}, or null. */
  private static String features(JsPropertyMap<Object> attributes) {
    if (attributes == null) {
      return null;
    }
    JsArray<String> features = new JsArray<>();
    attributes.forEach(key -> features.push(key + "=" + attributes.get(key)));
    return features.join(",");
  }
}
