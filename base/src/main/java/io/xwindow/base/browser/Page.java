package io.xwindow.base.browser;

import elemental2.dom.HTMLDocument;
import elemental2.dom.Navigator;
import elemental2.dom.Performance;
import elemental2.dom.RequestInit;
import elemental2.dom.Response;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.base.JsPropertyMap;

/**
 * The page's globals as the bundles read them: bare names, for every module. Elemental2's {@code
 * DomGlobal} reads {@code document}, {@code navigator} and {@code fetch} through a class
 * initialiser (a function, and a call at each use, in the bundle), and {@code window}, {@code
 * performance} and Elemental2's {@code Global.JSON} as properties of {@code goog.global}.
 *
 * <p>Read only where a page runs: on a server (a framework's server-side render) none of these
 * names is defined, and reading one throws. Code a server can reach reads {@code
 * DomGlobal.window}, which is undefined there.
 */
public final class Page {
  private Page() {}

  /** The window. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "window")
  public static native Window window();

  /** The document. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "document")
  public static native HTMLDocument document();

  /** The navigator. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "navigator")
  public static native Navigator navigator();

  /** The console, its methods by name. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "console")
  public static native JsPropertyMap<Object> console();

  /** The page's performance timeline. */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "performance")
  public static native Performance performance();

  /** {@code JSON.stringify(value)}. */
  @JsMethod(namespace = JsPackage.GLOBAL, name = "JSON.stringify")
  public static native String stringify(Object value);

  /** {@code JSON.parse(text)}. */
  @JsMethod(namespace = JsPackage.GLOBAL, name = "JSON.parse")
  public static native Object parse(String text);

  /** {@code parseFloat(text)}. */
  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native double parseFloat(String text);

  /** {@code fetch(url, init)}. */
  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native Promise<Response> fetch(String url, RequestInit init);
}
