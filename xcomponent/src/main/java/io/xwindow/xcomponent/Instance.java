package io.xwindow.xcomponent;

import elemental2.promise.Promise;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.constant.EventName;
import io.xwindow.xcomponent.dom.Views;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.event.Subscription;
import io.xwindow.xcomponent.parent.Controls;
import io.xwindow.xcomponent.parent.Definition;
import io.xwindow.xcomponent.parent.Lifecycle;
import io.xwindow.xcomponent.parent.Rendering;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Outcome;
import io.xwindow.xcomponent.props.PropResolver;
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
 * <p>This class is the API and the props. Where the instance stands is its {@link Lifecycle}'s;
 * the render promise, the child's window and the conversation with it are its {@link
 * Rendering}'s; what may be done to that window, its {@link Controls}'. It reaches its component
 * only through {@link Definition}.
 */
@JsType
public final class Instance {
  private final Definition definition;
  private final Emitter event = new Emitter();
  private final JsPropertyMap<Object> state = JsPropertyMap.of();
  private final String uid = Uids.next();
  private final JsPropertyMap<Object> props;
  private final Lifecycle lifecycle;
  private final Controls controls;
  private final Rendering rendering;
  private Object input;
  private boolean resolved;
  private Promise<Object> render;
  /** {@link #close} and {@link #focus} as functions, for the props' and the templates' options. */
  private final Fn close = ignored -> close();
  private final Fn focus = ignored -> focus();

  /** Hears why an instance ended: one of {@link CloseReason}. */
  @JsFunction
  public interface CloseHandler {
    void closed(String reason);
  }

  @JsIgnore
  Instance(Definition definition, Object input) {
    this.definition = definition;
    this.input = input;
    this.props = Js.uncheckedCast(definition.host().newObject());
    this.rendering = new Rendering(definition, this, this::tell, uid, props, event);
    this.lifecycle = rendering.lifecycle();
    this.controls = rendering.controls();
    JsPropertyMap<Object> self = Js.asPropertyMap(this);
    self.set("event", event);
    self.set("state", state);
    self.set("uid", uid);
    definition.instances().push(this);
  }

  /** The events of this instance ({@link EventName}). */
  public Emitter event() {
    return event;
  }

  /** The resolved props (after {@code render} or {@code updateProps} checked them). */
  public JsPropertyMap<Object> props() {
    return props;
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
    return eligibility() == null;
  }

  /** A new instance with the same props. */
  public Instance clone() {
    return new Instance(definition, input);
  }

  /**
   * Renders into {@code container} (a selector or an element; for a popup, optional), in {@code
   * context} ({@code iframe}, {@code popup} or {@code modal}; default: the {@code window} prop's, else the
   * component's {@code defaultContext}). Everything up to opening the popup happens now, inside
   * the caller's event, as browsers require. Resolves when the child has its props; rejects with a
   * typed error; resolves too if the instance is closed before that (closing is not an error).
   */
  public Promise<Object> render(Object container, String context) {
    return start(null, container, context);
  }

  /**
   * Renders into another window of this page, which has the same component: only to a window whose
   * origin the component's {@code domain} allows, never to any origin.
   */
  public Promise<Object> renderTo(Object target, Object container, String context) {
    return start(target == Page.window() ? null : target, container, context);
  }

  /** The render promise, made once; its pipeline runs now, up to the child's answer. */
  private Promise<Object> start(Object target, Object container, String context) {
    if (render == null) {
      render = rendering.promise();
      if (lifecycle.begin()) {
        if (target == null && Views.later(container)) {
          // the page is still loading and has not made the container yet: as zoid, wait for the
          // rest of the page (then the props' value functions see the container too)
          Page.document().addEventListener("DOMContentLoaded", e -> {
            if (!lifecycle.ended()) {
              proceed(null, container, context);
            }
          });
        } else {
          proceed(target, container, context);
        }
      }
    }
    return render;
  }

  /** Checks the props, picks the context, and opens the window, or fails. */
  private void proceed(Object target, Object container, String context) {
    Object outcome = prepare(container, context); // the context, or the error
    if (outcome instanceof String) {
      String chosen = (String) outcome;
      // null when target is not a window above this one, which open reports
      String path =
          target == null ? "" : Delegation.pathTo(Page.window(), Js.uncheckedCast(target));
      outcome = rendering.open(target, path, container, chosen, templateOptions(chosen));
    }
    if (outcome != null) {
      fail(outcome);
    }
  }

  /** Ends the component, with reason {@link CloseReason#PARENT_CALL}. */
  public Promise<Object> close() {
    end(CloseReason.PARENT_CALL);
    return Promise.resolve((Object) null);
  }

  /** Focuses the popup (or the frame). */
  public Promise<Object> focus() {
    controls.focus();
    return Promise.resolve((Object) null);
  }

  /** Resizes the frame to {@code {width, height}} (numbers are pixels; either may be left out). */
  public Promise<Object> resize(Object size) {
    controls.resize(size);
    return Promise.resolve((Object) null);
  }

  public Promise<Object> show() {
    controls.show();
    return Promise.resolve((Object) null);
  }

  public Promise<Object> hide() {
    controls.hide();
    return Promise.resolve((Object) null);
  }

  /**
   * Merges {@code changes} over the props, checks them again, and sends the child its new props
   * (its {@code onProps} handlers run).
   */
  public Promise<Object> updateProps(Object changes) {
    if (lifecycle.ended()) {
      return Promise.reject(Errors.closed());
    }
    Object merged = PropResolver.merge(definition.host(), input, changes);
    XComponentError failure = resolve(merged, null);
    if (failure != null) {
      return Promise.reject(failure);
    }
    input = merged;
    event.trigger(EventName.PROPS, props);
    // an update still on its way when the instance ends went with the child: not an error
    return rendering.sendProps().then(null,
        error -> lifecycle.ended() ? Promise.resolve((Object) null) : Promise.reject(error));
  }

  /** Raises {@code error} into the component: it fires the error event and fails a pending render. */
  public Promise<Object> onError(Object error) {
    fail(error);
    return Promise.resolve((Object) null);
  }

  /** Ends the instance once, with {@code reason}. */
  void end(String reason) {
    lifecycle.end(reason);
  }

  private void fail(Object error) {
    Object code = error == null ? null : Js.asPropertyMap(error).get("code");
    lifecycle.fail(error, code instanceof String ? (String) code : null);
  }

  /** Checks eligibility and props, and picks the context: the context, or the error. */
  private Object prepare(Object container, String context) {
    XComponentError ineligible = eligibility();
    if (ineligible != null) {
      return ineligible;
    }
    XComponentError failure = resolve(input, container);
    if (failure != null) {
      return failure;
    }
    if (context == null) {
      Object given = props.get("window");
      context = given == null ? definition.options().defaultContext
          : Views.frameOf(given) != null ? Context.IFRAME : Context.POPUP;
    }
    return Context.isKnown(context) ? context : Errors.badContext(context);
  }

  /** What the component's {@code eligible} option says of the input props: the error, or null. */
  private XComponentError eligibility() {
    Object eligible = definition.options().eligible;
    if (!"function".equals(Js.typeof(eligible))) {
      return null;
    }
    Object answer = Callbacks.call(eligible, JsPropertyMap.of("props", input));
    if (answer == null || Js.isTruthy(answer) && !"object".equals(Js.typeof(answer))) {
      return null;
    }
    if (!Js.isTruthy(answer)) {
      return Errors.notEligible(null);
    }
    JsPropertyMap<Object> result = Js.asPropertyMap(answer);
    if (Js.isTruthy(result.get("eligible"))) {
      return null;
    }
    Object reason = result.get("reason");
    return Errors.notEligible(reason instanceof String ? (String) reason : null);
  }

  /** Resolves {@code input} onto the props (before any window opens): the error, or null. */
  private XComponentError resolve(Object input, Object container) {
    JsPropertyMap<Object> context = JsPropertyMap.of();
    context.set("state", state);
    context.set("event", event);
    context.set("container", container);
    context.set("close", close);
    context.set("focus", focus);
    context.set("onError", (Fn) error -> onError(error));
    ComponentOptions options = definition.options();
    Outcome<Object> result = new PropResolver(definition.host(), options.props, options.validate)
        .resolve(input, context, props);
    if (result.failed()) {
      return result.error();
    }
    resolved = true;
    return null;
  }

  /** What the templates get, but the document and the frames ({@code Views.open} adds them). */
  private JsPropertyMap<Object> templateOptions(String context) {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("props", props);
    options.set("uid", uid);
    options.set("tag", definition.options().tag);
    options.set("context", context);
    options.set("event", event);
    options.set("state", state);
    options.set("close", close);
    options.set("focus", focus);
    return options;
  }

  /** The event {@code name}, then the prop {@code prop} (if any), with {@code payload}. */
  private void tell(String name, String prop, Object payload) {
    event.trigger(name, payload);
    Object callback = prop == null ? null
        : resolved ? props.get(prop) : Js.asPropertyMap(input).get(prop);
    if ("function".equals(Js.typeof(callback))) {
      Callbacks.call(callback, payload);
    }
  }
}
