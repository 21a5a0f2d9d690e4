package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.window.Windows;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What a window sends of a window it holds, as post-robot 10 sends it ({@code
 * cross_domain_window}): its id, and functions that act on it here, which the receiving window
 * calls across: {@code getType, getInstanceID, close, getName, focus, isClosed, setLocation,
 * setName}. Each returns a promise or a value.
 */
final class WindowMethods {
  private WindowMethods() {}

  @JsFunction
  interface Fn0 {
    Object call();
  }

  @JsFunction
  interface Fn1 {
    Object call(Object argument);
  }

  @JsFunction
  interface Fn2 {
    Object call(Object first, Object second);
  }

  /** The methods for {@code window}, known here as proxy {@code id}. */
  static JsPropertyMap<Object> of(String id, Window window, InstanceIds instanceIds) {
    JsPropertyMap<Object> methods = JsPropertyMap.of();
    methods.set("id", id);
    // memo: asked once, and again only after a failure (the window may not have loaded yet)
    JsPropertyMap<Object> instanceId = JsPropertyMap.of();
    add(methods, "getType", (Fn0) () -> type(window));
    add(
        methods,
        "getInstanceID",
        (Fn0)
            () -> {
              if (!instanceId.has("p")) {
                instanceId.set(
                    "p",
                    instanceIds
                        .of(window)
                        .then(
                            null,
                            error -> {
                              instanceId.delete("p");
                              return Promise.reject(error);
                            }));
              }
              return instanceId.get("p");
            });
    add(methods, "close", (Fn0) () -> settled(() -> window.close()));
    add(methods, "getName", (Fn0) () -> name(window));
    add(methods, "focus", (Fn0) () -> settled(() -> window.focus()));
    add(methods, "isClosed", (Fn0) () -> Windows.isClosed(window));
    add(methods, "setLocation", (Fn2) (href, options) -> setLocation(window, href, options));
    add(methods, "setName", (Fn1) name -> setName(window, name));
    return methods;
  }

  private static void add(JsPropertyMap<Object> methods, String name, Object function) {
    Js.asPropertyMap(function).set("__name__", name);
    methods.set(name, function);
  }

  @JsFunction
  private interface Step {
    void run();
  }

  /** Runs {@code step}; a throw (a cross-origin window refusing) becomes a rejection. */
  private static Promise<Object> settled(Step step) {
    return new Promise<>(
        (resolve, reject) -> {
          step.run();
          resolve.onInvoke((Object) null);
        });
  }

  private static Object type(Window window) {
    if (Windows.isClosed(window)) {
      return Promise.reject(Errors.closedWindowType());
    }
    return Js.asPropertyMap(window).get("opener") != null ? "popup" : "iframe";
  }

  /** Its name when it is on our origin; nothing otherwise (a cross-origin name is not ours). */
  private static Promise<Object> name(Window window) {
    return new Promise<>(
            (resolve, reject) ->
                resolve.onInvoke(Windows.isClosed(window) ? null : Js.asPropertyMap(window).get("name")))
        .then(null, error -> null);
  }

  private static Promise<Object> setName(Window window, Object name) {
    return new Promise<>(
            (resolve, reject) -> {
              Js.asPropertyMap(window).set("name", name);
              resolve.onInvoke((Object) null);
            })
        .then(null, error -> Promise.reject(Errors.crossDomainName(name)));
  }

  /**
   * Navigates {@code window} to {@code href}: an absolute path is taken on our own origin,
   * anything else must be an http(s) URL. Only {@code GET}: a {@code POST} needs a named window
   * and a form, which post-robot 10 builds; we refuse it with {@code BAD_ARGUMENT}.
   */
  private static Promise<Object> setLocation(Window window, Object href, Object options) {
    String url = href instanceof String ? (String) href : "";
    Object method = Dictionary.field(options, "method");
    if (method != null && !"get".equals(method)) {
      return Promise.reject(Errors.unsupportedMethod(method));
    }
    if (url.startsWith("/")) {
      url = Windows.ownDomain() + url;
    } else if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return Promise.reject(Errors.badUrl(url));
    }
    String target = url;
    return settled(() -> Js.asPropertyMap(window).set("location", target));
  }
}
