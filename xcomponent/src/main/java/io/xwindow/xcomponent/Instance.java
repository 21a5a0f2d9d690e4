package io.xwindow.xcomponent;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.EventListener;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import elemental2.dom.PageTransitionEvent;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.ListenOptions;
import io.xwindow.postrobot.Listener;
import io.xwindow.postrobot.Message;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.SendOptions;
import io.xwindow.postrobot.browser.Timers;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.xcomponent.dom.Containers;
import io.xwindow.xcomponent.dom.FrameView;
import io.xwindow.xcomponent.dom.PopupView;
import io.xwindow.xcomponent.dom.RemoteView;
import io.xwindow.xcomponent.dom.Styles;
import io.xwindow.xcomponent.dom.View;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.event.Settle;
import io.xwindow.xcomponent.event.Subscription;
import io.xwindow.xcomponent.handshake.Offer;
import io.xwindow.xcomponent.handshake.ParentHandshake;
import io.xwindow.xcomponent.protocol.Names;
import io.xwindow.xcomponent.protocol.WindowName;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One use of a component on the parent page: what {@code Component(props)} returns. {@code
 * render} checks the props, opens the iframe or popup, and resolves once the child has its props;
 * the instance then ends exactly once, with a {@link CloseReason} (not an error) or, if render
 * fails, with a typed {@link XComponentError}.
 *
 * <p>The conversation with the child is {@link ParentHandshake}'s (the two messages of {@link
 * Names}), over post-robot's
 * public API; the DOM work is behind {@link View}.
 */
@JsType
public final class Instance {
  /** Milliseconds between checks that the popup or frame is still there. */
  private static final double WATCH_MS = 250;

  private final Component component;
  private final Emitter event = new Emitter();
  private final JsPropertyMap<Object> state = JsPropertyMap.of();
  private final String uid = Uids.next();
  private Object input;
  private final JsPropertyMap<Object> props;
  private boolean resolved;
  private Object childDomain;
  private View view;
  private Window child;
  private String childOrigin;
  private Object childOnProps;
  private Promise<Object> rendering;
  private Settle resolveRender;
  private Settle rejectRender;
  private boolean rendered;
  private boolean closed;
  private ParentHandshake handshake;
  private double timeoutTimer = -1;
  private double watchTimer = -1;
  private MutationObserver observer;
  private EventListener pageHide;
  private EventListener pageShow;

  /** Hears why an instance ended: one of {@link CloseReason}. */
  @JsFunction
  public interface CloseHandler {
    void closed(String reason);
  }

  @JsIgnore
  Instance(Component component, Object input) {
    this.component = component;
    this.input = input;
    this.props = Js.uncheckedCast(component.newProps());
    JsPropertyMap<Object> self = Js.asPropertyMap(this);
    self.set("event", event);
    self.set("state", state);
    self.set("uid", uid);
  }

  /** The events of this instance ({@link EventName}). */
  public Emitter event() {
    return event;
  }

  /** The resolved props (after {@code render} or {@code updateProps} checked them). */
  public JsPropertyMap<Object> props() {
    return props;
  }

  /** Resolves {@code input} onto the props; the error, or null. */
  private XComponentError resolve(Object input, Object container) {
    JsPropertyMap<Object> context = JsPropertyMap.of();
    context.set("state", state);
    context.set("event", event);
    context.set("container", container);
    context.set("close", (Fn) ignored -> close());
    context.set("focus", (Fn) ignored -> focus());
    context.set("onError", (Fn) error -> onError(error));
    Object result = component.resolveProps(input, context, props);
    if (result instanceof XComponentError) {
      return (XComponentError) result;
    }
    resolved = true;
    return null;
  }

  /** For Java code: calls {@code handler} with the reason when the instance ends. */
  @JsIgnore
  public Subscription onClose(CloseHandler handler) {
    return event.on(EventName.CLOSE,
        why -> handler.closed(Js.asString(Js.asPropertyMap(why).get("reason"))));
  }

  /** For Java code: {@link #render(Object, String)} in the component's default context. */
  @JsIgnore
  public Promise<Object> render(Object container) {
    return render(container, null);
  }

  /** True when the component's {@code eligible} option allows this instance. */
  public boolean isEligible() {
    return component.eligibility(input) == null;
  }

  /** A new instance with the same props. */
  public Instance clone() {
    return component.instance(input);
  }

  /**
   * Renders into {@code container} (a selector or an element; for a popup, optional), in {@code
   * context} ({@code iframe} or {@code popup}; default: the {@code window} prop's, else the
   * component's {@code defaultContext}). Everything up to opening the popup happens now, inside
   * the caller's event, as browsers require. Resolves when the child has its props; rejects with a
   * typed error; resolves too if the instance is closed before that (closing is not an error).
   */
  public Promise<Object> render(Object container, String context) {
    if (rendering != null) {
      return rendering;
    }
    newRendering();
    return started(start(container, context));
  }

  /**
   * Renders into another window of this page, which has the same component: only to a window whose
   * origin the component's {@code domain} allows, never to any origin.
   */
  public Promise<Object> renderTo(Object target, Object container, String context) {
    if (target == DomGlobal.window) {
      return render(container, context);
    }
    if (rendering != null) {
      return rendering;
    }
    newRendering();
    return started(startRemote(target, container, context));
  }

  /** Makes the render promise before the pipeline starts: its steps settle it. */
  private void newRendering() {
    rendering = new Promise<>((resolve, reject) -> {
      resolveRender = resolve::onInvoke;
      rejectRender = reject::onInvoke;
    });
    rendering.then(null, error -> null); // a failed render also reaches onError and the error event
  }

  /** The render promise, failed at once with {@code failure} (what stopped the pipeline), if any. */
  private Promise<Object> started(Object failure) {
    if (failure != null) {
      fail(failure);
    }
    return rendering;
  }

  /** Ends the component, with reason {@link CloseReason#PARENT_CALL}. */
  public Promise<Object> close() {
    end(CloseReason.PARENT_CALL);
    return Promise.resolve((Object) null);
  }

  /** Focuses the popup (or the frame). */
  public Promise<Object> focus() {
    if (view != null && !closed) {
      view.focus();
      event.trigger(EventName.FOCUS, null);
      callProp("onFocus", null);
    }
    return Promise.resolve((Object) null);
  }

  /** Resizes the frame to {@code {width, height}} (numbers are pixels; either may be left out). */
  public Promise<Object> resize(Object size) {
    if (view != null && !closed && size != null) {
      JsPropertyMap<Object> dimensions = Js.asPropertyMap(size);
      view.resize(Styles.length(dimensions.get("width")), Styles.length(dimensions.get("height")));
      event.trigger(EventName.RESIZE, size);
      callProp("onResize", size);
    }
    return Promise.resolve((Object) null);
  }

  public Promise<Object> show() {
    if (view != null) {
      view.show();
    }
    return Promise.resolve((Object) null);
  }

  public Promise<Object> hide() {
    if (view != null) {
      view.hide();
    }
    return Promise.resolve((Object) null);
  }

  /**
   * Merges {@code changes} over the props, checks them again, and sends the child its new props
   * (its {@code onProps} handlers run).
   */
  public Promise<Object> updateProps(Object changes) {
    if (closed) {
      return Promise.reject(Errors.closed());
    }
    Object merged = component.merge(input, changes);
    XComponentError failure = resolve(merged, null);
    if (failure != null) {
      return Promise.reject(failure);
    }
    input = merged;
    event.trigger(EventName.PROPS, props);
    if (childOnProps == null) {
      return Promise.resolve((Object) null);
    }
    return Js.<Promise<Object>>uncheckedCast(
        Callbacks.call(childOnProps, component.childProps(props, childOrigin)));
  }

  /** Raises {@code error} into the component: it fires the error event and fails a pending render. */
  public Promise<Object> onError(Object error) {
    fail(error);
    return Promise.resolve((Object) null);
  }

  // The render pipeline.

  /** Opens the child; returns the error that stopped it, or null. */
  /** Checks eligibility and props, and picks the context: the context, or the error. */
  private Object prepare(Object container, String context) {
    if (closed) {
      return Errors.closed();
    }
    XComponentError ineligible = component.eligibility(input);
    if (ineligible != null) {
      return ineligible;
    }
    XComponentError failure = resolve(input, container);
    if (failure != null) {
      return failure;
    }
    if (context == null) {
      context = props.get("window") != null ? Context.POPUP : component.defaultContext();
    }
    return Context.isKnown(context) ? context : Errors.badContext(context);
  }

  /**
   * Asks {@code target}, a window above this one in the page that has this component too, to make
   * the frame or popup in its page; this window keeps the props and the child's conversation. The
   * target only makes it for a window on the component's own domain (never for any origin).
   */
  private Object startRemote(Object target, Object container, String context) {
    Object prepared = prepare(container, context);
    if (prepared instanceof XComponentError) {
      return prepared;
    }
    String chosen = (String) prepared;
    if (!io.xwindow.postrobot.browser.Windows.isWindow(target)) {
      return Errors.badWindow("Expected a window to render to");
    }
    if (!(container instanceof String)) {
      return Errors.badContainer("Expected a selector string to render to another window");
    }
    if (Delegation.pathTo(DomGlobal.window, Js.uncheckedCast(target)) == null) {
      return Errors.delegateRefused("Can only render to a window above this one in the page");
    }
    Object address = component.url(props);
    if (address instanceof XComponentError) {
      return address;
    }
    String url = (String) address;
    childDomain = component.childDomain(url);
    event.trigger(EventName.RENDER, null);
    callProp("onRender", null);
    RemoteView remote = new RemoteView();
    view = remote;
    listen(chosen);
    JsPropertyMap<Object> request = JsPropertyMap.of();
    // no url and no window name: the target builds both from its own definition
    request.set("context", chosen);
    request.set("container", container);
    request.set("uid", uid);
    request.set("props", component.delegatedProps(props));
    request.set("gone", (Fn) reason -> {
      remote.gone(String.valueOf(reason));
      checkGone();
      return null;
    });
    PostRobot.send(Js.<Window>uncheckedCast(target), Names.delegate(component.tag()), request, null)
        .then(answer -> {
          remote.connect(answer.data);
          event.trigger(EventName.DISPLAY, null);
          callProp("onDisplay", null);
          if (closed) {
            remote.remove();
          }
          return null;
        }, error -> {
          Object code = Js.asPropertyMap(error).get("code");
          fail(ErrorCode.BAD_CONTAINER.equals(code) || ErrorCode.BAD_CONTEXT.equals(code)
              ? error
              : Errors.delegateRefused("The window does not render " + component.tag()
                  + " for this one: " + Js.asPropertyMap(error).get("message")));
          return null;
        });
    watch();
    startTimeout();
    return null;
  }

  private void startTimeout() {
    double timeout = component.timeout(props);
    if (timeout > 0) {
      timeoutTimer = Timers.setTimeout(() -> fail(Errors.renderTimeout(timeout)), timeout);
    }
  }

  private Object start(Object container, String requested) {
    Object prepared = prepare(container, requested);
    if (prepared instanceof XComponentError) {
      return prepared;
    }
    String context = (String) prepared;
    Element target = null;
    if (container != null) {
      Object found = Containers.find(DomGlobal.document, container);
      if (found instanceof XComponentError) {
        return found;
      }
      target = Js.uncheckedCast(found);
    } else if (Context.IFRAME.equals(context)) {
      return Errors.badContainer("Expected a container element or selector for an iframe");
    }
    Object address = component.url(props);
    if (address instanceof XComponentError) {
      return address;
    }
    String url = (String) address;
    childDomain = component.childDomain(url);
    String name =
        new WindowName(component.tag(), uid, Context.POPUP.equals(context) ? WindowName.OPENER
            : WindowName.PARENT).encode();
    event.trigger(EventName.RENDER, null);
    callProp("onRender", null);
    Object opened = component.open(context, target, name, templateOptions(context), props,
        props.get("window"), event);
    if (opened instanceof XComponentError) {
      return opened;
    }
    view = (View) opened;
    child = view.window();
    listen(context);
    event.trigger(EventName.DISPLAY, null);
    callProp("onDisplay", null);
    view.load(url);
    watch();
    startTimeout();
    return null;
  }

  /** What the templates get, but the document and the frames ({@link Component#open} adds them). */
  private JsPropertyMap<Object> templateOptions(String context) {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("props", props);
    options.set("uid", uid);
    options.set("tag", component.tag());
    options.set("context", context);
    options.set("event", event);
    options.set("state", state);
    options.set("close", (Fn) ignored -> close());
    options.set("focus", (Fn) ignored -> focus());
    return options;
  }

  /** Waits for the child's hello and sends it the props ({@link ParentHandshake}). */
  private void listen(String context) {
    handshake = new ParentHandshake(uid, child, childDomain, new ParentHandshake.Parent() {
      @Override
      public Object offer(Window window, String origin) {
        child = window;
        childOrigin = origin;
        return Offer.of(component.childProps(props, origin), context, component.autoResize(),
            helpers());
      }

      @Override
      public void childRefused(String origin) {
        fail(Errors.childDomainRejected(origin, DomainPattern.describe(childDomain)));
      }

      @Override
      public void accepted(Object onProps) {
        childOnProps = onProps;
        onRendered();
      }

      @Override
      public void refused() {
        fail(Errors.parentDomainRejected(io.xwindow.postrobot.browser.Windows.ownDomain()));
      }
    });
    handshake.start();
  }

  /** What the child may call on this side. */
  private JsPropertyMap<Object> helpers() {
    JsPropertyMap<Object> helpers = JsPropertyMap.of();
    helpers.set("close", (Fn) ignored -> {
      end(CloseReason.CHILD_CALL);
      return null;
    });
    helpers.set("resize", (Fn) size -> resize(size));
    helpers.set("focus", (Fn) ignored -> focus());
    helpers.set("show", (Fn) ignored -> show());
    helpers.set("hide", (Fn) ignored -> hide());
    helpers.set("onError", (Fn) error -> {
      Object message = error == null ? null : Js.asPropertyMap(error).get("message");
      XComponentError raised = Errors.childError(message == null ? String.valueOf(error) : String.valueOf(message));
      Object stack = error == null ? null : Js.asPropertyMap(error).get("stack");
      if (stack instanceof String) {
        raised.stack = (String) stack;
      }
      fail(raised);
      return null;
    });
    helpers.set("export", (Fn) exports -> {
      if (exports != null) {
        JsPropertyMap<Object> values = Js.asPropertyMap(exports);
        JsPropertyMap<Object> self = Js.asPropertyMap(this);
        values.forEach(key -> {
          if (!self.has(key) || component.declaresExport(key)) {
            self.set(key, values.get(key));
          }
        });
        component.exported(this, values);
      }
      return null;
    });
    return helpers;
  }

  private void onRendered() {
    if (rendered || closed) {
      return;
    }
    rendered = true;
    clearTimeout();
    view.rendered();
    event.trigger(EventName.RENDERED, null);
    callProp("onRendered", null);
    resolveRender.settle(null);
  }

  /** Ends the instance when its window goes away, its container leaves, or the page leaves. */
  private void watch() {
    watchTimer = Timers.setInterval(this::checkGone, WATCH_MS);
    if (view instanceof FrameView) {
      MutationObserverInit init = Js.uncheckedCast(JsPropertyMap.of("childList", true, "subtree", true));
      observer = new MutationObserver((records, ignored) -> {
        checkGone();
        return null;
      });
      observer.observe(DomGlobal.document.documentElement, init);
    }
    pageHide = e -> {
      if (Js.<PageTransitionEvent>uncheckedCast(e).persisted && component.bfcache()) {
        event.trigger(EventName.BFCACHE_CACHE, null);
        callProp("onBfcacheCache", null);
      } else {
        end(CloseReason.PARENT_NAVIGATED);
      }
    };
    pageShow = e -> {
      if (Js.<PageTransitionEvent>uncheckedCast(e).persisted) {
        event.trigger(EventName.BFCACHE_RESTORE, null);
        callProp("onBfcacheRestore", null);
      }
    };
    DomGlobal.window.addEventListener("pagehide", pageHide);
    DomGlobal.window.addEventListener("pageshow", pageShow);
  }

  private void checkGone() {
    String reason = view == null ? null : view.gone();
    if (reason != null) {
      end(reason);
    }
  }

  /**
   * Fails the instance with {@code error}: error event, {@code onError} (as zoid, not for props
   * refused before any window opened: render's rejection says it), then the end.
   */
  private void fail(Object error) {
    if (closed) {
      return;
    }
    event.trigger(EventName.ERROR, error);
    if (view != null || !isPropError(error)) {
      callProp("onError", error);
    }
    if (rejectRender != null && !rendered) {
      rejectRender.settle(error);
      rendered = true;
      end(CloseReason.ERROR);
    }
  }

  /** Ends the instance once, with {@code reason}: close event, {@code onClose}, then destroy. */
  void end(String reason) {
    if (closed) {
      return;
    }
    closed = true;
    JsPropertyMap<Object> why = JsPropertyMap.of("reason", reason);
    event.trigger(EventName.CLOSE, why);
    callProp("onClose", why);
    clearTimeout();
    if (watchTimer >= 0) {
      Timers.clearInterval(watchTimer);
    }
    if (observer != null) {
      observer.disconnect();
    }
    if (pageHide != null) {
      DomGlobal.window.removeEventListener("pagehide", pageHide);
      DomGlobal.window.removeEventListener("pageshow", pageShow);
    }
    if (handshake != null) {
      handshake.stop();
    }
    if (view != null) {
      view.remove();
    }
    if (child != null) {
      PostRobot.cleanUpWindow(child);
    }
    component.forget(this);
    event.trigger(EventName.DESTROY, why);
    callProp("onDestroy", why);
    if (resolveRender != null && !rendered) {
      rendered = true;
      resolveRender.settle(null);
    }
  }

  private static boolean isPropError(Object error) {
    String code = Js.asPropertyMap(error).get("code") instanceof String
        ? (String) Js.asPropertyMap(error).get("code") : "";
    return code.startsWith("PROP_");
  }

  private void clearTimeout() {
    if (timeoutTimer >= 0) {
      Timers.clearTimeout(timeoutTimer);
      timeoutTimer = -1;
    }
  }

  private void callProp(String name, Object argument) {
    Object callback = resolved ? props.get(name) : Js.asPropertyMap(input).get(name);
    if ("function".equals(Js.typeof(callback))) {
      Callbacks.call(callback, argument);
    }
  }
}
