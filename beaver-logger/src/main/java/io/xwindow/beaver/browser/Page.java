package io.xwindow.beaver.browser;

import elemental2.dom.Document;
import elemental2.dom.Navigator;
import elemental2.dom.RequestInit;
import elemental2.dom.Response;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;

/**
 * The page's globals as the bundle reads them: bare names. Elemental2's {@code DomGlobal} reads
 * {@code document}, {@code navigator} and {@code fetch} through a class initialiser (a function,
 * and a call at each use, in the bundle) and {@code window} as {@code goog.global.window}.
 */
public final class Page {
  private Page() {}

  /** The window. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "window")
  public static native Window window();

  /** The document. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "document")
  public static native Document document();

  /** The navigator. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "navigator")
  public static native Navigator navigator();

  /** {@code fetch(url, init)}. */
  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native Promise<Response> fetch(String url, RequestInit init);
}
