package io.xwindow.xcomponent.dom;

import elemental2.dom.Element;
import elemental2.dom.HTMLDocument;
import elemental2.dom.Window;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.CloseReason;
import jsinterop.base.Js;

/**
 * A component in a popup, opened blank in the caller's own call stack (so inside the user's click,
 * as browsers require), shown the prerender, then sent to the child's URL.
 */
public final class PopupView implements View {
  private final Window popup;
  private boolean removing;

  private PopupView(Window popup) {
    this.popup = popup;
  }

  /**
   * Opens a blank popup named {@code name} with window {@code features} ({@code
   * width=400,height=200,...}), centred on this window when no position is given; null when the
   * browser blocked it.
   */
  public static PopupView open(String name, int width, int height, String features) {
    Window self = Page.window();
    String all = "width=" + width + ",height=" + height;
    if (features == null || features.indexOf("left=") < 0) {
      all += ",left=" + (int) (self.screenX + (self.outerWidth - width) / 2)
          + ",top=" + (int) (self.screenY + (self.outerHeight - height) / 2);
    }
    if (features != null && !features.isEmpty()) {
      all += "," + features;
    }
    Window popup = self.open(Window.OpenUrlUnionType.of(""), name, all);
    return popup == null || popup.closed ? null : new PopupView(popup);
  }

  /**
   * A popup the page opened itself (the {@code window} prop, e.g. opened in its own click
   * handler), blank and on this origin, renamed {@code name} so the child finds its opener.
   */
  public static PopupView adopt(Window popup, String name) {
    popup.name = name;
    return new PopupView(popup);
  }

  /** Shows {@code element}, made with {@link #document()}, while the child loads. */
  public void prerender(Element element) {
    HTMLDocument doc = document();
    if (element != null && doc != null && doc.body != null) {
      doc.body.appendChild(element);
    }
  }

  /** The blank popup's document, for the prerender template. */
  public HTMLDocument document() {
    return Js.uncheckedCast(Js.asPropertyMap(popup).get("document"));
  }

  @Override
  public Window window() {
    return popup;
  }

  @Override
  public void rename(String name) {
    popup.name = name;
  }

  @Override
  public void load(String url) {
    popup.location.href = url;
  }

  @Override
  public void rendered() {}

  @Override
  public void resize(String width, String height) {}

  @Override
  public void show() {}

  @Override
  public void hide() {}

  @Override
  public void focus() {
    popup.focus();
  }

  @Override
  public String gone() {
    return !removing && popup.closed ? CloseReason.USER_CLOSED : null;
  }

  @Override
  public void remove() {
    removing = true;
    if (!popup.closed) {
      Views.shut(popup);
    }
  }
}
