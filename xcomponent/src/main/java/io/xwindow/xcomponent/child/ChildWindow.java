package io.xwindow.xcomponent.child;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.message.Message;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.dom.Dismissal;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.event.Settle;
import io.xwindow.xcomponent.handshake.Answer;
import io.xwindow.xcomponent.handshake.ChildHandshake;
import io.xwindow.xcomponent.handshake.Offer;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.protocol.WindowName;
import io.xwindow.xcomponent.zoid.ZoidChild;
import io.xwindow.xcomponent.zoid.ZoidName;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * This window as a component's child: finds its parent from the window name, proves the parent's
 * origin (the origin the browser reports on the parent's answer, checked against {@code
 * allowedParentDomains}) and only then shows the props to the page, as {@code window.xprops}.
 * One per window: the one piece of global state the child side needs.
 *
 * <p>The window name chooses the dialect: ours ({@link WindowName}, {@link ChildHandshake}), or
 * zoid 10's ({@link ZoidName}, {@link ZoidChild}), whose parent wrote the props into the name.
 * Either hands this class an offer with the origin the browser reported; the decision is the same.
 */
public final class ChildWindow {
  private static ChildWindow current;
  private static boolean warned;

  private final String tag;
  private final String uid;
  private final Window parent;
  private final Timers timers;
  private double openerWatch;
  private Object allowedParentDomains;
  /** The definition's {@code autoResize}, for a parent that does not say (zoid's). */
  private Object autoResize;
  private boolean defined;
  private Message pending;
  private Settle decidePending;
  private final Promise<Object> ready;
  private final JsArray<Object> propsHandlers = new JsArray<>();
  private Settle resolveReady;
  private Settle rejectReady;
  private JsPropertyMap<Object> xprops;
  /** The helpers on the props: the parent's ({@code close}...) and this window's ({@code uid}...). */
  private final JsPropertyMap<Object> own = JsPropertyMap.of();
  private String parentOrigin;

  @JsFunction
  interface Getter {
    Object get();
  }

  private ChildWindow(String tag, String uid, Window parent, Timers timers) {
    this.tag = tag;
    this.uid = uid;
    this.parent = parent;
    this.timers = timers;
    this.ready = new Promise<>((resolve, reject) -> {
      // the functions themselves: a method reference would wrap each in a function of its own
      resolveReady = Js.uncheckedCast(resolve);
      rejectReady = Js.uncheckedCast(reject);
    });
    ready.then(null, ignored -> null); // a page that never asks is not told of a rejection
  }

  /** This window's child state, or null when it is no component's child (yet). */
  public static ChildWindow current() {
    return current;
  }

  /**
   * Starts as the child of the component {@code options} define when this window's name says it
   * is one, once per window; a second {@code create} of the same tag keeps the first handshake.
   */
  public static void start(ComponentOptions options, Host host, Timers timers) {
    prepare(host, timers);
    String tag = options.tag;
    if (current == null || !current.isFor(tag) || current.defined) {
      return;
    }
    current.autoResize = options.autoResize(host);
    Object allowedParentDomains = options.parentDomainsGiven ? options.allowedParentDomains : null;
    if (allowedParentDomains == null) {
      allowedParentDomains = "*";
      if (!warned) {
        warned = true;
        DomGlobal.console.warn("xcomponent: " + tag + " accepts any parent domain"
            + " (see allowedParentDomains)");
      }
    }
    current.define(allowedParentDomains);
  }

  /**
   * As the bundle loads, in a window whose name says it is a component's child: says hello at
   * once, so that the props are on their way while the page loads the rest of its scripts; they
   * are shown only once {@code create} gives the definition, and its {@code
   * allowedParentDomains} allows the origin they came from. Elsewhere, does nothing.
   */
  public static void prepare(Host host, Timers timers) {
    if (current != null) {
      return;
    }
    String windowName = Page.window().name;
    WindowName name = WindowName.parse(windowName);
    Window parent = name == null ? null : parentOf(name);
    if (parent != null) {
      current = new ChildWindow(name.tag, name.uid, parent, timers);
      ChildHandshake.start(name.uid, parent, name.frameAt(0) >= 0, current::accept);
      keepProcess();
      return;
    }
    ZoidChild zoid = name == null ? ZoidChild.read(host, windowName) : null;
    if (zoid != null) {
      keepProcess();
      current = new ChildWindow(zoid.tag, zoid.uid, zoid.parent, timers);
      if (zoid.failure != null) {
        current.fail(zoid.failure);
      } else {
        zoid.start(current::accept, current::fail);
      }
    }
  }

  /**
   * Listens for {@code pagehide}, and does nothing with it: Chromium then lets the frame's renderer
   * process outlive the frame a moment when the parent removes it (as it does for zoid's frames,
   * which listen for {@code unload}), and the next frame of this site, the next render, starts in
   * that process instead of a new one: about 20 ms sooner on the render benchmark's machine.
   * {@code pagehide}, unlike {@code unload}, keeps the page eligible for the back/forward cache.
   */
  private static void keepProcess() {
    Page.window().addEventListener("pagehide", ignored -> {});
  }

  /**
   * True when this window's name says it is the child of {@code tag} (of some component, when
   * null), in either dialect.
   */
  public static boolean named(String tag) {
    String windowName = DomGlobal.window.name;
    WindowName ours = WindowName.parse(windowName);
    ZoidName zoid = ours == null ? ZoidName.parse(windowName) : null;
    if (tag == null) {
      return ours != null || zoid != null;
    }
    return ours != null ? ours.isFor(tag) : zoid != null && zoid.isFor(tag);
  }

  /** {@code create} gave the definition: decide on props that came before it. */
  private void define(Object allowedParentDomains) {
    this.allowedParentDomains = allowedParentDomains;
    defined = true;
    if (pending != null) {
      decidePending.settle(decide(pending));
      pending = null;
    }
  }

  /**
   * The window that rendered this one: the parent frame or the opener, or, for a component
   * rendered there by another of its frames, that frame (by the path in the window name).
   */
  private static Window parentOf(WindowName name) {
    Window self = Page.window();
    Window window = name.viaOpener() ? self.opener : self.parent;
    if (window == self) {
      return null;
    }
    for (int i = 0; window != null && name.frameAt(i) >= 0; i++) {
      Object frames = Js.asPropertyMap(window).get("frames");
      window = frames == null ? null
          : Js.<Window>uncheckedCast(Js.asArrayLike(frames).getAt(name.frameAt(i)));
    }
    return window;
  }

  public boolean isFor(String tag) {
    return this.tag.equals(WindowName.swap(tag, '_', '-'));
  }

  /** The props, once the parent's origin is proven; else null. */
  public Object xprops() {
    return xprops;
  }

  /** Resolves with the props once the parent's origin is proven. */
  public Promise<Object> ready() {
    return ready;
  }

  /** What keeps this window from being the child: its promise of props rejects with it. */
  private Object fail(Object error) {
    rejectReady.settle(error);
    return null;
  }

  /** The parent's props: decided now, or once {@code create} gives the definition. */
  private Object accept(Message offer) {
    if (defined) {
      return decide(offer);
    }
    pending = offer;
    return new Promise<Object>((resolve, reject) -> decidePending = Js.uncheckedCast(resolve));
  }

  /** The parent's props, with its origin as the browser reports it: shown only if allowed. */
  private Object decide(Message offer) {
    String origin = offer.origin;
    if (!DomainPattern.matches(allowedParentDomains, origin)) {
      rejectReady.settle(Errors.parentDomainRejected(origin));
      return Answer.refused();
    }
    Object answer = Answer.accepted((Fn) changed -> {
      propsChanged(changed);
      return null;
    });
    if (xprops != null) {
      return answer; // the parent heard a hello again: we keep the props we have
    }
    parentOrigin = origin;
    JsPropertyMap<Object> helpers = Offer.helpers(offer.data);
    // a JavaScript array: a Java one would bring J2CL's array runtime into the bundle
    JsArray<String> forwarded =
        new JsArray<>("close", "focus", "resize", "show", "hide", "onError", "export");
    for (int i = 0; i < forwarded.length; i++) {
      own.set(forwarded.getAt(i), helpers.get(forwarded.getAt(i)));
    }
    own.set("uid", uid);
    own.set("tag", tag);
    own.set("getParent", (Getter) () -> parent);
    own.set("getParentDomain", (Getter) () -> parentOrigin);
    own.set("onProps", (Fn) handler -> onProps(handler));
    JsPropertyMap<Object> props = JsPropertyMap.of();
    xprops = props;
    merge(Offer.props(offer.data));
    Js.asPropertyMap(Page.window()).set("xprops", props);
    Object context = Offer.context(offer.data);
    if (Context.POPUP.equals(context)) {
      watchOpener();
    } else {
      Object sizing = Offer.autoResize(offer.data);
      AutoResize.start(sizing == null ? autoResize : sizing, helpers.get("resize"));
    }
    Object escape = helpers.get("escape");
    if (Context.MODAL.equals(context) && escape != null) {
      closeOnEscape(escape);
    }
    resolveReady.settle(props);
    return answer;
  }

  private Object onProps(Object handler) {
    propsHandlers.push(handler);
    JsPropertyMap<Object> subscription = JsPropertyMap.of();
    subscription.set("cancel", (Getter) () -> {
      int at = propsHandlers.indexOf(handler);
      if (at >= 0) {
        propsHandlers.splice(at, 1);
      }
      return null;
    });
    return subscription;
  }

  /**
   * {@code values} into the props; the helpers stay this window's own, whatever the parent sends
   * under their names (its {@code onError} prop, for one).
   */
  private void merge(JsPropertyMap<Object> values) {
    values.forEach(key -> xprops.set(key, values.get(key)));
    own.forEach(key -> xprops.set(key, own.get(key)));
  }

  private void propsChanged(Object changed) {
    if (changed != null) {
      merge(Js.asPropertyMap(changed));
    }
    JsArray<Object> handlers = propsHandlers.slice();
    for (int i = 0; i < handlers.length; i++) {
      Callbacks.call(handlers.getAt(i), xprops);
    }
  }

  /**
   * In a modal, Escape that this page leaves alone closes the component, as it would on the
   * parent's page: the key events of this frame never reach the parent's dialog.
   */
  private static void closeOnEscape(Object escape) {
    Page.window().addEventListener("keydown", e -> {
      JsPropertyMap<Object> key = Js.asPropertyMap(e);
      if (Dismissal.closes(key.get("key"), e.defaultPrevented,
          Js.isTruthy(key.get("isComposing")))) {
        Callbacks.call(escape, null);
      }
    });
  }

  /** A popup closes itself when its opener goes away. */
  private void watchOpener() {
    openerWatch = timers.every(500, () -> {
      if (parent.closed) {
        timers.cancel(openerWatch);
        Page.window().close();
      }
    });
  }
}
