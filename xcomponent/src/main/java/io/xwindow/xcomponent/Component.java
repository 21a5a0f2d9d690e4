package io.xwindow.xcomponent;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.xcomponent.child.ChildWindow;
import io.xwindow.xcomponent.delegate.DelegatedRender;
import io.xwindow.xcomponent.dom.Views;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.parent.Definition;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.props.Outcome;
import io.xwindow.xcomponent.protocol.Names;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A component definition: what {@code create} returns. On the parent page, {@link #instance}
 * makes an instance to render; in the child window (its name says it is this tag's child), the
 * component also holds {@link #xprops}, once the parent's origin is proven.
 */
@JsType
public final class Component {
  private final ComponentOptions options;
  private final String tag;
  private final Definition definition;
  private final JsArray<Instance> instances = new JsArray<>();
  private Delegation delegation;

  /** Defined by {@code options}, on JavaScript values through {@code host}, with {@code timers}. */
  @JsIgnore
  Component(ComponentOptions options, Host host, Timers timers) {
    this.options = options;
    this.tag = options.tag;
    this.definition = new Definition() {
      @Override
      public ComponentOptions options() {
        return options;
      }

      @Override
      public Host host() {
        return host;
      }

      @Override
      public Timers timers() {
        return timers;
      }

      @Override
      public JsArray<Object> instances() {
        return Js.uncheckedCast(instances);
      }
    };
  }

  /** Its options, for the framework drivers ({@link Drivers}). */
  ComponentOptions options() {
    return options;
  }

  /** The tag. */
  public String tag() {
    return tag;
  }

  /**
   * A new instance with {@code props} (an object, may be null); null in a build without the
   * parent's side ({@link Sides}).
   */
  public Instance instance(Object props) {
    // Closure keeps this method even where nothing calls it (a browser property has its name, so
    // it is neither renamed nor dropped): without the check, a build without the parent's side
    // would keep all of rendering
    return Sides.parent() ? new Instance(definition, props == null ? JsPropertyMap.of() : props) : null;
  }

  /** The live instances. */
  public JsArray<Instance> instances() {
    return instances;
  }

  /** True in the child window of this tag (its parent ours or zoid 10). */
  public boolean isChild() {
    return Sides.child() && ChildWindow.named(tag);
  }

  /**
   * In the child window: the props, once the parent's origin is proven, else undefined. The same
   * object as {@code window.xprops}.
   */
  public Object xprops() {
    ChildWindow child = Sides.child() ? ChildWindow.current() : null;
    return child == null || !child.isFor(tag) ? null : child.xprops();
  }

  /** In the child window: resolves with {@link #xprops} once the parent's origin is proven. */
  public Promise<Object> ready() {
    ChildWindow child = Sides.child() ? ChildWindow.current() : null;
    return child == null || !child.isFor(tag)
        ? Promise.reject(Errors.badWindow("This window is not a " + tag + " component"))
        : child.ready();
  }

  /** For Java code: {@link #ready}, as {@link XProps}. */
  @JsIgnore
  public Promise<XProps> readyProps() {
    return ready().then(xprops -> Promise.resolve(XProps.of(xprops)));
  }

  /** Resolves true when {@code target} has this component and would render it for us. */
  public Promise<Object> canRenderTo(Object target) {
    if (!Windows.isWindow(target)) {
      return Promise.reject(Errors.badWindow("Expected a window"));
    }
    return PostRobot.send(Js.<Window>uncheckedCast(target), Names.allowDelegate(tag), null, null)
        .then(answer -> Promise.resolve((Object) Js.isTruthy(answer.data)), failed -> Promise.resolve((Object) false));
  }

  /**
   * For a window that renders for another ({@link Delegation}): opens the child's window, as
   * {@link Views#open}.
   */
  Object open(String context, Element target, String name, JsPropertyMap<Object> templateOptions,
      JsPropertyMap<Object> props, Object givenWindow, Emitter event) {
    return Views.open(options, context, target, name, templateOptions, props, givenWindow, event);
  }

  /** Renders for frames below this window on the component's own domain ({@code renderTo}). */
  void listenForDelegation() {
    delegation = Delegation.listen(this, DelegatedRender.domain(definition.host(), options),
        definition.timers());
  }

  /** What to render for a frame {@code path} below this window that sent {@code data}, or why not. */
  Outcome<DelegatedRender> delegated(Object data, String path) {
    return DelegatedRender.read(definition.host(), options, data, path);
  }

  /** Stops rendering for other frames: the tag was defined again, or destroyed. */
  void stopListening() {
    if (Sides.parent() && delegation != null) {
      delegation.cancel();
      delegation = null;
    }
  }

  /** Ends every instance, with {@code reason}. */
  void destroyInstances(String reason) {
    if (!Sides.parent()) {
      return;
    }
    JsArray<Instance> all = instances.slice();
    for (int i = 0; i < all.length; i++) {
      all.getAt(i).end(reason);
    }
  }
}
