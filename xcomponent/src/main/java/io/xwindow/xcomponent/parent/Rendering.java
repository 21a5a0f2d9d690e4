package io.xwindow.xcomponent.parent;

import elemental2.core.JsArray;
import elemental2.dom.Element;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.constant.EventName;
import io.xwindow.xcomponent.dom.FrameView;
import io.xwindow.xcomponent.dom.RemoteView;
import io.xwindow.xcomponent.dom.View;
import io.xwindow.xcomponent.dom.Views;
import io.xwindow.xcomponent.error.ErrorCode;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.event.Settle;
import io.xwindow.xcomponent.handshake.Offer;
import io.xwindow.xcomponent.handshake.ParentHandshake;
import io.xwindow.xcomponent.props.ChildProps;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Outcome;
import io.xwindow.xcomponent.props.QueryString;
import io.xwindow.xcomponent.protocol.Names;
import io.xwindow.xcomponent.protocol.WindowName;
import io.xwindow.xcomponent.zoid.ZoidParent;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One instance's render, from the parent's side: the render promise, settled as its {@link
 * Lifecycle} decides; the child's window, opened in this page or by another window of the page
 * ({@code renderTo}), with the URL and window name it gets; the offer of the props once the child
 * says hello ({@link ParentHandshake}); the {@link Watch} on the window; the {@link Controls} over
 * it; and its removal at the end. The page's callbacks run between these steps and may end the
 * instance: each step after one checks.
 *
 * <p>The dialect is the definition's: ours ({@link ParentHandshake}), or zoid 10's for a
 * definition with {@code zoidChildren} ({@link ZoidParent}), which writes the props into the
 * window name once the window is open; {@code renderTo} always speaks ours (zoid 10 itself cannot
 * render a child of another origin into another window). Either way {@link ZoidParent#watch}
 * hears the pages that start in the child's window.
 *
 * <p>It is its lifecycle's {@link Lifecycle.Steps}, its handshake's {@link ParentHandshake.Parent}
 * and {@link ZoidParent.Parent} itself, rather than through classes of their own: each class
 * costs bundle bytes.
 */
public final class Rendering implements Lifecycle.Steps, ParentHandshake.Parent, ZoidParent.Parent {
  private final Definition definition;
  private final Object instance;
  private final Tell tell;
  private final String uid;
  private final JsPropertyMap<Object> props;
  private final Emitter event;
  private final Lifecycle lifecycle;
  private final Controls controls;
  private Settle resolve;
  private Settle reject;
  private String context;
  private Object childDomain;
  private View view;
  private Window child;
  private String childOrigin;
  private Object childOnProps;
  private ParentHandshake handshake;
  private Action hellos;
  private Watch watch;

  /** For {@code instance} ({@code uid}), its props (one object, updated) and its events. */
  public Rendering(Definition definition, Object instance, Tell tell, String uid,
      JsPropertyMap<Object> props, Emitter event) {
    this.definition = definition;
    this.instance = instance;
    this.tell = tell;
    this.uid = uid;
    this.props = props;
    this.event = event;
    this.lifecycle = new Lifecycle(definition.timers(), this);
    this.controls = new Controls(lifecycle, tell);
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public Controls controls() {
    return controls;
  }

  /** A new render promise, for the lifecycle to settle. */
  public Promise<Object> promise() {
    Promise<Object> promise = new Promise<>((resolve, reject) -> {
      // the functions themselves: a method reference would wrap each in a function of its own
      this.resolve = Js.uncheckedCast(resolve);
      this.reject = Js.uncheckedCast(reject);
    });
    promise.then(null, error -> null); // a failed render also reaches onError and the error event
    return promise;
  }

  /**
   * Opens the child's window in {@code context} (checked): in {@code container} of this page, or,
   * when {@code target} is not null, of {@code target}, a window above this one in the page that
   * has the component too, {@code path} ({@code .0.2}) up from this one (null: it is not above
   * this one); {@code templateOptions} for the templates. Returns the error that stopped it, or
   * null.
   */
  public Object open(Object target, String path, Object container, String context,
      JsPropertyMap<Object> templateOptions) {
    if (lifecycle.ended()) { // a prop's function closed it
      return null;
    }
    Element element = null;
    if (target == null) {
      if (container != null) {
        element = Views.find(container);
        if (element == null) {
          return Errors.badContainer("Can not find element: " + container);
        }
      } else if (Context.IFRAME.equals(context) && props.get("window") == null) {
        // a popup, a modal or the page's own frame needs none
        return Errors.badContainer("Expected a container element or selector for an iframe");
      }
    } else if (!Windows.isWindow(target)) {
      return Errors.badWindow("Expected a window to render to");
    } else if (props.get("window") != null) {
      // the other window makes the frame or popup itself; it takes no window of ours
      return Errors.badWindow("Expected no window prop to render to another window");
    } else if (container == null ? Context.IFRAME.equals(context) : !(container instanceof String)) {
      // a popup or a modal needs no container there, as here
      return Errors.badContainer("Expected a selector string to render to another window");
    } else if (path == null) {
      return Errors.delegateRefused("Can only render to a window above this one in the page");
    }
    ComponentOptions options = definition.options();
    Outcome<String> address = QueryString.url(definition.host(), options.url, options.props, props);
    if (address.failed()) {
      return address.error();
    }
    String url = address.value();
    // url: an absolute http(s) URL (QueryString checked it); the origin the child will be on, as
    // far as the url says, is what zoid's dialect decides the props for
    childOrigin = definition.host().httpOrigin(url);
    childDomain = options.domain != null ? options.domain : childOrigin;
    tell.tell(EventName.RENDER, "onRender", null);
    if (lifecycle.ended()) {
      return null;
    }
    Object opened = target == null
        ? Views.open(options, context, element,
            new WindowName(options.tag, uid, Context.POPUP.equals(context) ? WindowName.OPENER
                : WindowName.PARENT).encode(),
            templateOptions, props, props.get("window"), event)
        : openElsewhere(Js.uncheckedCast(target), (String) container, context);
    if (opened instanceof XComponentError) {
      return opened;
    }
    view = (View) opened;
    if (lifecycle.ended()) { // a template closed it
      view.remove();
      return null;
    }
    child = view.window();
    controls.attach(view);
    Object timeout = props.get("timeout");
    lifecycle.opened(timeout instanceof Double ? (Double) timeout : options.timeout);
    this.context = context;
    boolean zoid = target == null && options.zoidChildren;
    if (zoid) {
      Object failure = ZoidParent.name(definition.host(), view, context, uid, options.tag,
          childDomain, childProps(), controls.forChild(instance, options.exports, false),
          options.enableBfcache, this);
      if (failure != null) {
        return failure;
      }
    } else {
      handshake = new ParentHandshake(uid, child, childDomain, this);
      handshake.start();
    }
    if (target == null) {
      hellos = ZoidParent.watch(child, childDomain, zoid, definition.timers(), this);
    }
    watch = new Watch(definition.timers(), view, lifecycle, options.enableBfcache, tell);
    watch.listen(view instanceof FrameView);
    if (target == null) {
      tell.tell(EventName.DISPLAY, "onDisplay", null);
      if (!lifecycle.ended()) {
        view.load(url);
      }
    }
    return null;
  }

  /**
   * Asks {@code target} to make the frame or popup in its page, and to tell us when it is gone. It
   * gets no URL and no window name: it builds both from its own definition and its own view of
   * the frames ({@code delegate.DelegatedRender}).
   */
  private RemoteView openElsewhere(Window target, String container, String context) {
    RemoteView remote = new RemoteView();
    JsPropertyMap<Object> request = JsPropertyMap.of();
    request.set("context", context);
    request.set("container", container);
    request.set("uid", uid);
    request.set("props",
        ChildProps.delegated(definition.host(), definition.options().props, props));
    request.set("gone", (Fn) reason -> {
      lifecycle.end(String.valueOf(reason));
      return null;
    });
    request.set("focus", (Fn) ignored -> {
      controls.focus();
      return null;
    });
    String tag = definition.options().tag;
    PostRobot.send(target, Names.delegate(tag), request, null).then(answer -> {
      remote.connect(answer.data);
      if (lifecycle.ended()) {
        remote.remove();
      } else {
        tell.tell(EventName.DISPLAY, "onDisplay", null);
      }
      return null;
    }, error -> {
      Object code = Js.asPropertyMap(error).get("code");
      boolean theirs = ErrorCode.BAD_CONTAINER.equals(code) || ErrorCode.BAD_CONTEXT.equals(code);
      lifecycle.fail(theirs ? error : Errors.delegateRefused("The window does not render " + tag
          + " for this one: " + Js.asPropertyMap(error).get("message")), null);
      return null;
    });
    return remote;
  }

  @Override
  public Object offer(Window window, String origin) {
    if (child != null && child != window) { // a frame moved: its old window answers no more
      PostRobot.cleanUpWindow(child);
    }
    child = window;
    childOrigin = origin;
    ComponentOptions options = definition.options();
    return Offer.of(childProps(), context, options.autoResize(definition.host()),
        controls.forChild(instance, options.exports, Context.MODAL.equals(context)));
  }

  @Override
  public void took(String origin, Object updateProps) {
    childOrigin = origin;
    accepted(updateProps);
  }

  @Override
  public void checkClose() {
    if (watch != null) {
      watch.check();
    }
  }

  @Override
  public void zoidChild() {
    XComponentError error = Errors.zoidChild(definition.options().tag);
    lifecycle.fail(error, error.code);
  }

  @Override
  public void childRefused(String origin) {
    XComponentError error =
        Errors.childDomainRejected(origin, DomainPattern.describe(childDomain));
    lifecycle.fail(error, error.code);
  }

  @Override
  public void accepted(Object onProps) {
    childOnProps = onProps;
    lifecycle.childReady();
  }

  @Override
  public void refused() {
    XComponentError error = Errors.parentDomainRejected(Windows.ownDomain());
    lifecycle.fail(error, error.code);
  }

  /** What the child may see of the props, its origin now known. */
  private Object childProps() {
    return ChildProps.visible(definition.host(), definition.options().props, props, childOrigin,
        Windows.ownDomain());
  }

  @Override
  public void raised(Object error, boolean onError) {
    tell.tell(EventName.ERROR, onError ? "onError" : null, error);
  }

  @Override
  public void rendered() {
    view.rendered();
    tell.tell(EventName.RENDERED, "onRendered", null);
  }

  @Override
  public void settled(Object error) {
    if (error == null) {
      resolve.settle(null);
    } else {
      reject.settle(error);
    }
  }

  @Override
  public void ended(String reason) {
    JsPropertyMap<Object> why = JsPropertyMap.of("reason", reason);
    tell.tell(EventName.CLOSE, "onClose", why);
    stop();
    JsArray<Object> instances = definition.instances();
    int at = instances.indexOf(instance);
    if (at >= 0) {
      instances.splice(at, 1);
    }
    tell.tell(EventName.DESTROY, "onDestroy", why);
  }

  /** Sends the child the props as they are now: its {@code onProps} handlers run. */
  public Promise<Object> sendProps() {
    return childOnProps == null
        ? Promise.resolve((Object) null)
        : Js.<Promise<Object>>uncheckedCast(Callbacks.call(childOnProps, childProps()));
  }

  /** Takes it all down: the watch, the conversation, the frame or popup. */
  private void stop() {
    if (watch != null) {
      watch.stop();
    }
    if (handshake != null) {
      handshake.stop();
    }
    if (hellos != null) {
      hellos.run();
    }
    if (view != null) {
      view.remove();
    }
    if (child != null) {
      PostRobot.cleanUpWindow(child);
    }
  }
}
