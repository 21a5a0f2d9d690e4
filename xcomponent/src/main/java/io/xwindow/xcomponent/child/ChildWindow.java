package io.xwindow.xcomponent.child;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.Message;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.xcomponent.Context;
import io.xwindow.xcomponent.Errors;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.event.Settle;
import io.xwindow.xcomponent.handshake.Answer;
import io.xwindow.xcomponent.handshake.ChildHandshake;
import io.xwindow.xcomponent.handshake.Offer;
import io.xwindow.xcomponent.protocol.WindowName;
import io.xwindow.xcomponent.time.Timers;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * This window as a component's child: finds its parent from the window name, proves the parent's
 * origin (the origin the browser reports on the parent's answer, checked against {@code
 * allowedParentDomains}) and only then shows the props to the page, as {@code window.xprops}.
 * One per window: the one piece of global state the child side needs.
 */
public final class ChildWindow {
  private static ChildWindow current;
  private static boolean warned;

  private final WindowName name;
  private final Window parent;
  private final Timers timers;
  private double openerWatch;
  private Object allowedParentDomains;
  private boolean defined;
  private Message pending;
  private Settle decidePending;
  private final Promise<Object> ready;
  private final JsArray<Object> propsHandlers = new JsArray<>();
  private Settle resolveReady;
  private Settle rejectReady;
  private JsPropertyMap<Object> xprops;
  private String parentOrigin;

  @JsFunction
  interface Getter {
    Object get();
  }

  private ChildWindow(WindowName name, Window parent, Timers timers) {
    this.name = name;
    this.parent = parent;
    this.timers = timers;
    this.ready = new Promise<>((resolve, reject) -> {
      resolveReady = resolve::onInvoke;
      rejectReady = reject::onInvoke;
    });
    ready.then(null, ignored -> null); // a page that never asks is not told of a rejection
  }

  /** This window's child state, or null when it is no component's child (yet). */
  public static ChildWindow current() {
    return current;
  }

  /**
   * Starts as the child of {@code tag} when this window's name says it is one, once per window; a
   * second {@code create} of the same tag keeps the first handshake.
   */
  public static void start(String tag, Object allowedParentDomains, Timers timers) {
    prepare(timers);
    if (current == null || !current.isFor(tag) || current.defined) {
      return;
    }
    if (allowedParentDomains == null) {
      allowedParentDomains = "*";
      if (!warned) {
        warned = true;
        DomGlobal.console.warn("xcomponent: " + tag + " accepts any parent domain;"
            + " set allowedParentDomains to the sites that may embed it");
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
  public static void prepare(Timers timers) {
    if (current != null) {
      return;
    }
    WindowName name = WindowName.parse(DomGlobal.window.name);
    Window parent = name == null ? null : parentOf(name);
    if (parent != null) {
      current = new ChildWindow(name, parent, timers);
      current.hello();
    }
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
    Window self = DomGlobal.window;
    Window window = name.viaOpener() ? self.opener : self.parent;
    if (window == self) {
      return null;
    }
    int[] path = name.path();
    for (int i = 0; window != null && i < path.length; i++) {
      Object frames = Js.asPropertyMap(window).get("frames");
      window = frames == null ? null : Js.<Window>uncheckedCast(Js.asArrayLike(frames).getAt(path[i]));
    }
    return window;
  }

  public boolean isFor(String tag) {
    return name.isFor(tag);
  }

  /** The props, once the parent's origin is proven; else null. */
  public Object xprops() {
    return xprops;
  }

  /** Resolves with the props once the parent's origin is proven. */
  public Promise<Object> ready() {
    return ready;
  }

  /** Listens for the props, from the parent window only, then says hello. */
  private void hello() {
    ChildHandshake.start(name.uid, parent, this::accept);
  }

  /** The parent's props: decided now, or once {@code create} gives the definition. */
  private Object accept(Message offer) {
    if (defined) {
      return decide(offer);
    }
    pending = offer;
    return new Promise<Object>((resolve, reject) -> decidePending = resolve::onInvoke);
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
    JsPropertyMap<Object> props = JsPropertyMap.of();
    JsPropertyMap<Object> values = Offer.props(offer.data);
    values.forEach(key -> props.set(key, values.get(key)));
    String[] forwarded = {"close", "focus", "resize", "show", "hide", "onError", "export"};
    for (String helper : forwarded) {
      props.set(helper, helpers.get(helper));
    }
    props.set("uid", name.uid);
    props.set("tag", name.tag);
    props.set("getParent", (Getter) () -> parent);
    props.set("getParentDomain", (Getter) () -> parentOrigin);
    props.set("onProps", (Fn) handler -> onProps(handler));
    xprops = props;
    Js.asPropertyMap(DomGlobal.window).set("xprops", props);
    if (Context.IFRAME.equals(Offer.context(offer.data))) {
      AutoResize.start(Offer.autoResize(offer.data), helpers.get("resize"));
    } else {
      watchOpener();
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

  private void propsChanged(Object changed) {
    if (changed != null) {
      JsPropertyMap<Object> values = Js.asPropertyMap(changed);
      values.forEach(key -> xprops.set(key, values.get(key)));
    }
    JsArray<Object> handlers = propsHandlers.slice();
    for (int i = 0; i < handlers.length; i++) {
      Callbacks.call(handlers.getAt(i), xprops);
    }
  }

  /** A popup closes itself when its opener goes away. */
  private void watchOpener() {
    openerWatch = timers.every(500, () -> {
      if (parent.closed) {
        timers.cancel(openerWatch);
        DomGlobal.window.close();
      }
    });
  }
}
