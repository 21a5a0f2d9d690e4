package io.xwindow.postrobot.serialize;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A window that another window told us about, as post-robot 10's {@code ProxyWindow}: a window
 * inside sent data arrives as one. Its methods act on the real window, across the windows in
 * between when it is not ours to reach; each returns a promise. Once {@link #matchWindow}
 * (or the window it stands for being ours all along) binds it to a real window, {@code
 * postRobot.send(proxy, ...)} sends there.
 *
 * <pre>{@code
 * postRobot.on('checkout', function(event) {
 *   var win = event.data.win; // a ProxyWindow
 *   return win.matchWindow(window.parent.frames[1], {send: postRobot.send}).then(function(ok) {
 *     return ok && postRobot.send(win, 'pay', {amount: 10});
 *   });
 * });
 * }</pre>
 */
@JsType
public final class ProxyWindow {
  private final String id;
  private final ProxyWindows registry;
  private Window actual;
  /** The methods to call: ours on the real window once it is known, else the sender's. */
  private JsPropertyMap<Object> methods;
  private final Promise<Window> actualWindow;
  private Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Window> resolveActual;

  @JsIgnore
  ProxyWindow(String id, JsPropertyMap<Object> remoteMethods, ProxyWindows registry) {
    this.id = id;
    this.methods = remoteMethods;
    this.registry = registry;
    this.actualWindow = new Promise<>((resolve, reject) -> resolveActual = resolve);
  }

  /** The id it has in every window that knows it. */
  public String getID() {
    return id;
  }

  /** {@code 'iframe'} or {@code 'popup'}. */
  public Promise<Object> getType() {
    return call("getType", null, null);
  }

  public Promise<Object> isPopup() {
    // a then callback's value, as is: the promise adopts it as Promise.resolve would, in fewer bytes
    return getType().then(type -> Js.uncheckedCast("popup".equals(type)));
  }

  public Promise<Object> isClosed() {
    return call("isClosed", null, null);
  }

  public Promise<Object> close() {
    return self(call("close", null, null));
  }

  public Promise<Object> focus() {
    return self(call("focus", null, null));
  }

  /** Its name, when the window that holds it may read it. */
  public Promise<Object> getName() {
    return call("getName", null, null);
  }

  public Promise<Object> setName(String name) {
    return self(call("setName", name, null));
  }

  /** The instance id of the post-robot running in it. */
  public Promise<Object> getInstanceID() {
    return call("getInstanceID", null, null);
  }

  /** Navigates it: an http(s) URL, or an absolute path on the origin of the window that holds it. */
  public Promise<Object> setLocation(String href, Object options) {
    return self(call("setLocation", href, options));
  }

  /**
   * True when it stands for {@code window} (the post-robot running there has its instance id);
   * then it is bound to it. {@code options} ({@code {send}}, as post-robot 10 takes) is ignored.
   */
  public Promise<Object> matchWindow(Window window, Object options) {
    if (actual != null) {
      return Promise.resolve((Object) (actual == window));
    }
    return getInstanceID()
        .then(
            mine ->
                registry.instanceIds.of(window).then(
                    theirs -> {
                      boolean match = mine != null && Js.isTripleEqual(mine, theirs);
                      if (match && actual == null) {
                        bind(window);
                      }
                      return Js.uncheckedCast(match);
                    }));
  }

  /** The real window, or null while it is not known here. */
  public Window getWindow() {
    return actual;
  }

  /** The real window if known, else this proxy. */
  public Object unwrap() {
    return actual != null ? actual : this;
  }

  /** Resolves with the real window once it is known. */
  public Promise<Window> awaitWindow() {
    return actualWindow;
  }

  @JsIgnore
  void bind(Window window) {
    actual = window;
    methods = WindowMethods.of(id, window, registry.instanceIds);
    resolveActual.onInvoke(window);
  }

  /** What goes on the wire for it: its id and its methods. */
  @JsIgnore
  JsPropertyMap<Object> serialized() {
    return methods;
  }

  /** True once its real window is known here and has closed. */
  @JsIgnore
  boolean isGone() {
    return actual != null && actual.closed;
  }

  private Promise<Object> call(String name, Object first, Object second) {
    Object method = methods.get(name);
    return new Promise<>(
        (resolve, reject) ->
            resolve.onInvoke(
                Js.<Object>uncheckedCast(
                    Js.<WindowMethods.Fn2>uncheckedCast(method).call(first, second))));
  }

  private Promise<Object> self(Promise<Object> done) {
    return done.then(ignored -> Js.uncheckedCast(this));
  }
}
