package io.xwindow.xcomponent.browser;

import elemental2.dom.HTMLDocument;
import elemental2.dom.Window;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;

/**
 * The page's window and document as the bundle reads them: bare globals. Elemental2's {@code
 * DomGlobal.document} is set by an initialiser that each read calls first, and {@code
 * DomGlobal.window} reads through the global object. Read only where a page renders or is rendered,
 * never on a server, where neither name is defined (there {@code DomGlobal.window} stays, null).
 */
public final class Page {
  private Page() {}

  /** The window. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "window")
  public static native Window window();

  /** The document. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "document")
  public static native HTMLDocument document();
}
