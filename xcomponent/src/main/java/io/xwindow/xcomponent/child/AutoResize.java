package io.xwindow.xcomponent.child;

import elemental2.dom.CSSStyleDeclaration;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.dom.Styles;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.resize.AxisPolicy;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Keeps the parent's frame the size of the child's content: a {@code ResizeObserver} on the
 * element ({@code autoResize.element}, default the body) reports every change (content, fonts,
 * images), and an {@link AxisPolicy} per axis decides what to send, so that content that grows
 * with its frame cannot grow it forever.
 */
final class AutoResize {
  private final HTMLElement element;
  private final boolean width;
  private final boolean height;
  private final Object resize;
  private final AxisPolicy widths = new AxisPolicy();
  private final AxisPolicy heights = new AxisPolicy();

  private AutoResize(HTMLElement element, boolean width, boolean height, Object resize) {
    this.element = element;
    this.width = width;
    this.height = height;
    this.resize = resize;
  }

  /** Starts auto-resizing as {@code options} ({@code {width, height, element}}) asks, if at all. */
  static void start(Object options, Object resize) {
    if (options == null || !"object".equals(Js.typeof(options))) {
      return;
    }
    JsPropertyMap<Object> settings = Js.asPropertyMap(options);
    boolean width = Js.isTruthy(settings.get("width"));
    boolean height = Js.isTruthy(settings.get("height"));
    if (!width && !height) {
      return;
    }
    Object selector = settings.get("element");
    Element element = selector instanceof String
        ? Page.document().querySelector((String) selector)
        : Page.document().body;
    if (element == null) {
      return;
    }
    AutoResize auto = new AutoResize((HTMLElement) element, width, height, resize);
    new ResizeObserver(auto::measure).observe(element);
    auto.measure();
  }

  private void measure() {
    double now = DomGlobal.performance.now();
    CSSStyleDeclaration style = getComputedStyle(element);
    boolean body = element == Page.document().body;
    int measuredWidth = (int) Math.ceil(element.getBoundingClientRect().width
        + (body ? px(style.getPropertyValue("margin-left")) + px(style.getPropertyValue("margin-right")) : 0));
    int measuredHeight = (int) Math.ceil(element.getBoundingClientRect().height
        + (body ? px(style.getPropertyValue("margin-top")) + px(style.getPropertyValue("margin-bottom")) : 0));
    int sendWidth = width ? widths.measure(measuredWidth, Page.window().innerWidth, now) : -1;
    int sendHeight = height ? heights.measure(measuredHeight, Page.window().innerHeight, now) : -1;
    if (sendWidth < 0 && sendHeight < 0) {
      return;
    }
    JsPropertyMap<Object> size = JsPropertyMap.of();
    if (sendWidth >= 0) {
      size.set("width", (double) sendWidth);
    }
    if (sendHeight >= 0) {
      size.set("height", (double) sendHeight);
    }
    Callbacks.call(resize, size);
  }

  private static double px(Object css) {
    String value = Js.asString(css);
    return value == null || value.isEmpty() ? 0 : Styles.number(value);
  }


  @jsinterop.annotations.JsMethod(namespace = jsinterop.annotations.JsPackage.GLOBAL)
  private static native CSSStyleDeclaration getComputedStyle(Element element);
}
