package io.xwindow.xcomponent;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.ListenOptions;
import io.xwindow.postrobot.Listener;
import io.xwindow.postrobot.Message;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.SendOptions;
import io.xwindow.postrobot.browser.Windows;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.xcomponent.browser.JsHost;
import io.xwindow.xcomponent.child.ChildWindow;
import io.xwindow.xcomponent.delegate.DelegatedRender;
import io.xwindow.xcomponent.props.ChildProps;
import io.xwindow.xcomponent.props.ComponentOptions;
import io.xwindow.xcomponent.props.Host;
import io.xwindow.xcomponent.props.Outcome;
import io.xwindow.xcomponent.props.PropDefinition;
import io.xwindow.xcomponent.props.PropResolver;
import io.xwindow.xcomponent.props.QueryString;
import elemental2.dom.Document;
import io.xwindow.xcomponent.dom.FrameView;
import io.xwindow.xcomponent.dom.PopupView;
import io.xwindow.xcomponent.dom.Styles;
import io.xwindow.xcomponent.event.Emitter;
import io.xwindow.xcomponent.dom.Templates;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.protocol.Names;
import io.xwindow.xcomponent.protocol.WindowName;
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
  /** Reaches JavaScript values for the prop rules. */
  static final Host HOST = new JsHost();

  private final ComponentOptions options;
  private final String tag;
  private final JsArray<Instance> instances = new JsArray<>();
  private Delegation delegation;

  @JsIgnore
  Component(ComponentOptions options) {
    this.options = options;
    this.tag = options.tag;
  }

  /** The tag. */
  public String tag() {
    return tag;
  }

  /** A new instance with {@code props} (an object, may be null). */
  public Instance instance(Object props) {
    Instance instance =
        new Instance(this, props == null ? JsPropertyMap.of() : props);
    instances.push(instance);
    return instance;
  }

  /** The live instances. */
  public JsArray<Instance> instances() {
    return instances;
  }

  /** True in the child window of this tag. */
  public boolean isChild() {
    WindowName name = WindowName.parse(DomGlobal.window.name);
    return name != null && name.isFor(tag);
  }

  /**
   * In the child window: the props, once the parent's origin is proven, else undefined. The same
   * object as {@code window.xprops}.
   */
  public Object xprops() {
    ChildWindow child = ChildWindow.current();
    return child == null || !child.isFor(tag) ? null : child.xprops();
  }

  /** In the child window: resolves with {@link #xprops} once the parent's origin is proven. */
  public Promise<Object> ready() {
    ChildWindow child = ChildWindow.current();
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

  // For Instance.

  XComponentError eligibility(Object input) {
    Object eligible = options.eligible;
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

  /**
   * Resolves {@code input} onto {@code props} (the same object for every update of one instance),
   * before any window opens: {@code props}, or the {@code PROP_*} error that stops the render.
   */
  Object resolveProps(Object input, Object context, Object props) {
    Outcome<Object> resolved =
        new PropResolver(HOST, options.props, options.validate).resolve(input, context, props);
    return resolved.failed() ? resolved.error() : resolved.value();
  }

  /** A new props object to resolve onto. */
  Object newProps() {
    return HOST.newObject();
  }

  /** {@code {...previous, ...next}}. */
  Object merge(Object previous, Object next) {
    return PropResolver.merge(HOST, previous, next);
  }

  /** What the child may see of {@code props}, when its origin is {@code origin}. */
  Object childProps(Object props, String origin) {
    return ChildProps.visible(HOST, options.props, props, origin, Windows.ownDomain());
  }

  String defaultContext() {
    return options.defaultContext;
  }

  /** The child's URL with its query props, or the error. */
  Object url(Object props) {
    Outcome<String> url = QueryString.url(HOST, options.url, options.props, props);
    return url.failed() ? url.error() : url.value();
  }

  /** The origins the child may have: the {@code domain} option, else the origin of {@code url}. */
  Object childDomain(String url) {
    return options.domain != null ? options.domain : HOST.httpOrigin(url); // url: absolute http(s)
  }

  private Object dimension(String which, JsPropertyMap<Object> props) {
    Object dimensions = options.dimensions;
    if ("function".equals(Js.typeof(dimensions))) {
      dimensions = Callbacks.call(dimensions, JsPropertyMap.of("props", props));
    }
    return dimensions == null ? null : Js.asPropertyMap(dimensions).get(which);
  }

  String widthCss(JsPropertyMap<Object> props) {
    return Styles.length(dimension("width", props));
  }

  String heightCss(JsPropertyMap<Object> props) {
    return Styles.length(dimension("height", props));
  }

  int width(JsPropertyMap<Object> props) {
    return pixels(widthCss(props), 300, DomGlobal.window.outerWidth);
  }

  int height(JsPropertyMap<Object> props) {
    return pixels(heightCss(props), 150, DomGlobal.window.outerHeight);
  }

  private static int pixels(String css, int fallback, double whole) {
    if (css == null) {
      return fallback;
    }
    double value = Styles.number(css);
    return css.endsWith("%") ? (int) (whole * value / 100) : (int) value;
  }

  private JsPropertyMap<Object> attributes(String context, JsPropertyMap<Object> props) {
    Object attributes = options.attributes;
    if ("function".equals(Js.typeof(attributes))) {
      attributes = Callbacks.call(attributes, JsPropertyMap.of("props", props));
    }
    Object forContext = attributes == null ? null : Js.asPropertyMap(attributes).get(context);
    return forContext == null ? null : Js.asPropertyMap(forContext);
  }

  JsPropertyMap<Object> frameAttributes(JsPropertyMap<Object> props) {
    return attributes(Context.IFRAME, props);
  }

  String popupFeatures(JsPropertyMap<Object> props) {
    JsPropertyMap<Object> attributes = attributes(Context.POPUP, props);
    if (attributes == null) {
      return null;
    }
    String[] features = {""};
    attributes.forEach(key -> features[0] += (features[0].isEmpty() ? "" : ",") + key + "=" + attributes.get(key));
    return features[0];
  }

  double timeout(JsPropertyMap<Object> props) {
    Object timeout = props.get("timeout");
    return timeout instanceof Double ? (Double) timeout : options.timeout;
  }

  /** What the child measures: {@code {width, height, element}}. */
  Object autoResize() {
    JsPropertyMap<Object> autoResize = JsPropertyMap.of();
    autoResize.set("width", options.autoResizeWidth);
    autoResize.set("height", options.autoResizeHeight);
    autoResize.set("element", options.autoResizeElement);
    return autoResize;
  }

  boolean bfcache() {
    return options.enableBfcache;
  }

  Element prerender(JsPropertyMap<Object> templateOptions) {
    Object template = options.prerenderTemplate;
    return "function".equals(Js.typeof(template))
        ? Js.uncheckedCast(Callbacks.call(template, templateOptions))
        : Templates.prerender(templateOptions);
  }

  Element container(JsPropertyMap<Object> templateOptions) {
    Object template = options.containerTemplate;
    return "function".equals(Js.typeof(template))
        ? Js.uncheckedCast(Callbacks.call(template, templateOptions))
        : Templates.container(templateOptions);
  }

  /**
   * Opens the child's window for {@code context}: a popup (the {@code window} prop's, if given;
   * else opened now, inside the caller's event), or a frame in {@code target}; with the prerender
   * and the container from the templates. The {@link View}, or the error.
   */
  Object open(String context, Element target, String name, JsPropertyMap<Object> templateOptions,
      JsPropertyMap<Object> props, Object givenWindow, Emitter event) {
    JsPropertyMap<Object> dimensions = JsPropertyMap.of();
    dimensions.set("width", widthCss(props));
    dimensions.set("height", heightCss(props));
    templateOptions.set("dimensions", dimensions);
    if (Context.POPUP.equals(context)) {
      PopupView popup;
      if (givenWindow != null) {
        if (!Windows.isWindow(givenWindow) || Js.<Window>uncheckedCast(givenWindow).closed) {
          return Errors.badWindow("Expected the window prop to be an open window");
        }
        popup = PopupView.adopt(Js.uncheckedCast(givenWindow), name);
      } else {
        popup = PopupView.open(name, width(props), height(props), popupFeatures(props));
      }
      if (popup == null) {
        return Errors.popupBlocked();
      }
      templateOptions.set("doc", popup.document());
      event.trigger(EventName.PRERENDER, null);
      popup.prerender(prerender(templateOptions));
      event.trigger(EventName.PRERENDERED, null);
      return popup;
    }
    Document doc = DomGlobal.document;
    Object nonce = props.get("cspNonce");
    FrameView frame = FrameView.create(doc, name, tag, frameAttributes(props),
        nonce instanceof String ? (String) nonce : null);
    frame.resize(widthCss(props), heightCss(props));
    templateOptions.set("doc", doc);
    templateOptions.set("frame", frame.frame());
    templateOptions.set("prerenderFrame", frame.prerenderHolder());
    event.trigger(EventName.PRERENDER, null);
    Element prerender = prerender(templateOptions);
    if (prerender != null) {
      frame.prerenderHolder().appendChild(prerender);
    }
    event.trigger(EventName.PRERENDERED, null);
    frame.attach(target, container(templateOptions));
    return frame;
  }

  boolean declaresExport(String key) {
    Object exports = options.exports;
    return exports != null && "object".equals(Js.typeof(exports)) && Js.asPropertyMap(exports).has(key);
  }

  void exported(Instance instance, JsPropertyMap<Object> values) {}

  void forget(Instance instance) {
    int at = instances.indexOf(instance);
    if (at >= 0) {
      instances.splice(at, 1);
    }
  }

  /** Renders for frames below this window on the component's own domain ({@code renderTo}). */
  void listenForDelegation() {
    delegation = Delegation.listen(this, DelegatedRender.domain(HOST, options));
  }

  /** What to render for a frame {@code path} below this window that sent {@code data}, or why not. */
  Outcome<DelegatedRender> delegated(Object data, String path) {
    return DelegatedRender.read(HOST, options, data, path);
  }

  /** Stops rendering for other frames: the tag was defined again, or destroyed. */
  void stopListening() {
    if (delegation != null) {
      delegation.cancel();
      delegation = null;
    }
  }

  /**
   * The props another window may see when it renders for us: {@code allowDelegate} ones, the
   * nonce, and those that go into the URL (it builds the URL itself; they were in its frame's
   * {@code src} anyway).
   */
  JsPropertyMap<Object> delegatedProps(JsPropertyMap<Object> props) {
    JsPropertyMap<Object> delegated = JsPropertyMap.of();
    props.forEach(key -> {
      PropDefinition definition = options.props.get(key);
      if ("cspNonce".equals(key)
          || definition != null && (definition.allowDelegate || definition.queryParam != null)) {
        delegated.set(key, props.get(key));
      }
    });
    return delegated;
  }

  /** Ends every instance, with {@code reason}. */
  void destroyInstances(String reason) {
    JsArray<Instance> all = instances.slice();
    for (int i = 0; i < all.length; i++) {
      all.getAt(i).end(reason);
    }
  }
}
