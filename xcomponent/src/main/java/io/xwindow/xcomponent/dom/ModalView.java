package io.xwindow.xcomponent.dom;

import elemental2.dom.DOMRect;
import elemental2.dom.Document;
import elemental2.dom.Element;
import elemental2.dom.HTMLDialogElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.MouseEvent;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A component in the {@code modal} context: the iframe of a {@link FrameView}, with its templates,
 * inside the browser's own {@code <dialog>} opened with {@code showModal()} (the top layer; the
 * page behind is inert, focus moves in), named for screen readers by the frame's title, with a
 * close button. While it is open the page does not scroll; when it closes, focus goes back to
 * where it was.
 *
 * <p>It only closes the dialog (the close button, a backdrop click when allowed; Escape is the
 * browser's own): {@link #gone} then reports {@code user_closed} and the instance ends as for any
 * window the user closed. Escape inside the child's frame reaches the parent from the child, as
 * its key events never reach this page.
 */
public final class ModalView extends FrameView {
  private final HTMLDialogElement dialog;
  private boolean shown;
  private Element before;
  private String overflow;

  /**
   * As {@link FrameView#FrameView}; the dialog, with its close button, is made now; {@code
   * backdropCloses}: a click on the backdrop closes it.
   */
  public ModalView(Document doc, String name, String title, JsPropertyMap<Object> attributes,
      String nonce, boolean backdropCloses) {
    super(doc, name, title, attributes, nonce);
    dialog = Js.uncheckedCast(Styles.element(doc, "dialog", nonce));
    dialog.className = "xcomponent-modal";
    dialog.setAttribute("aria-label", frame.getAttribute("title"));
    Styles.set(dialog, "padding:0;border:0;");
    HTMLElement button = Styles.element(doc, "button", nonce);
    button.setAttribute("type", "button");
    button.setAttribute("aria-label", "Close");
    button.textContent = "\u00d7";
    Styles.set(button, "display:block;margin:0 0 0 auto;padding:4px 10px;border:0;background:none;"
        + "font-size:24px;");
    button.addEventListener("click", e -> dialog.close());
    dialog.appendChild(button);
    if (backdropCloses) {
      dialog.addEventListener("click", e -> {
        MouseEvent click = Js.uncheckedCast(e);
        DOMRect box = dialog.getBoundingClientRect();
        if (Dismissal.onBackdrop(e.target == dialog, click.clientX, click.clientY, box.left,
            box.top, box.right, box.bottom)) {
          dialog.close();
        }
      });
    }
  }

  /** Puts {@code outer} into the dialog, the dialog into {@code container}, and opens it. */
  @Override
  public void attach(Element container, Element outer) {
    this.outer = outer;
    dialog.appendChild(outer);
    container.appendChild(dialog);
    show();
  }

  /** The child is ready: its frame becomes visible, and takes the focus. */
  @Override
  public void rendered() {
    super.rendered();
    if (shown) {
      frame.focus();
    }
  }

  @Override
  public void show() {
    if (!shown) {
      shown = true;
      before = doc.activeElement;
      HTMLElement page = Js.uncheckedCast(doc.documentElement);
      overflow = page.style.getPropertyValue("overflow");
      Styles.set(page, "overflow:hidden;");
      if (super.gone() == null) { // showModal throws out of the page; gone() then reports it
        dialog.showModal();
      }
    }
  }

  @Override
  public void hide() {
    if (shown) {
      shown = false;
      if (dialog.open) {
        dialog.close();
      }
      Styles.put(doc.documentElement, "overflow", overflow);
      if (before != null) { // an element of the page, HTML or SVG: either has focus()
        Js.<HTMLElement>uncheckedCast(before).focus();
      }
    }
  }

  @Override
  public String gone() {
    return Dismissal.reason(super.gone() == null, shown, dialog.open);
  }

  @Override
  public void remove() {
    hide();
    if (dialog.parentNode != null) {
      dialog.parentNode.removeChild(dialog);
    }
  }
}
