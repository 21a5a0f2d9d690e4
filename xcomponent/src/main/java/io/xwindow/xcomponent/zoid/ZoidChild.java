package io.xwindow.xcomponent.zoid;

import elemental2.core.JsArray;
import elemental2.dom.PageTransitionEvent;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.handshake.Answer;
import io.xwindow.xcomponent.handshake.ChildHandshake;
import io.xwindow.xcomponent.handshake.Offer;
import io.xwindow.xcomponent.props.Host;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * This window as the child of a zoid 10 parent, which wrote the props into the window name
 * ({@link ZoidName}, {@link ZoidPayload}). None of them reaches the page before the parent's origin
 * is proven: the child says post-robot's hello to the parent window (zoid's post-robot answers it),
 * and the origin the browser reports on that answer, never the domain the name declares, is what
 * {@code allowedParentDomains} must allow (the child decides, as for our own dialect, see {@link
 * ChildHandshake.Child}). The payload is read only then, with its functions bound to that origin;
 * the child then calls the parent's {@code init}, as zoid's child does, or, refused, its {@code
 * onError}, so that the parent's render fails.
 */
public final class ZoidChild {
  /** The tag the window name gives. */
  public final String tag;
  /** The instance's uid, from the payload; null when it could not be read. */
  public final String uid;
  /** The parent window; null when the name cannot be used ({@link #failure} says why). */
  public final Window parent;
  /** Why this window cannot be the child the name says ({@code BAD_PARENT}), or null. */
  public final XComponentError failure;

  private final String serialized;

  private ZoidChild(String tag, String uid, Window parent, String serialized, XComponentError failure) {
    this.tag = tag;
    this.uid = uid;
    this.parent = parent;
    this.serialized = serialized;
    this.failure = failure;
  }

  /**
   * This window as the zoid child its name {@code windowName} says it is; null when the name is
   * not zoid's. A name that is zoid's but cannot be used (a payload kept in the parent's own
   * global, another zoid major version, no parent window) gives a child that has only its {@link
   * #failure}.
   */
  public static ZoidChild read(Host host, String windowName) {
    ZoidName name = ZoidName.parse(windowName);
    if (name == null) {
      return null;
    }
    Object envelope = parse(name.payload, true);
    String serialized = envelope == null ? null : ZoidPayload.serialized(host, envelope);
    if (serialized == null) {
      return failed(name.tag, envelope == null ? "The window name's payload is not zoid's"
          : "The zoid parent keeps the props in its own global");
    }
    Object payload = parse(serialized, false);
    String problem = payload == null ? "The window name's payload is not post-robot's JSON"
        : ZoidPayload.problem(host, payload, name.tag);
    if (problem != null) {
      return failed(name.tag, problem);
    }
    int steps = ZoidPayload.parentSteps(host, envelope, distanceFromTop(Page.window()));
    Window parent = steps == ZoidPayload.OPENER ? Page.window().opener : Page.window();
    for (int i = 0; i < steps && parent != null; i++) {
      parent = parent.parent;
    }
    if (steps == ZoidPayload.UNKNOWN || parent == null || parent == Page.window()) {
      return failed(name.tag, "Can not find the parent window");
    }
    return new ZoidChild(name.tag, (String) host.get(payload, "uid"), parent, serialized, null);
  }

  private static ZoidChild failed(String tag, String why) {
    return new ZoidChild(tag, null, null, null, Errors.badParent(why));
  }

  /** How many windows are above {@code window}, to its top. */
  public static int distanceFromTop(Window window) {
    int distance = 0;
    while (window.parent != null && window.parent != window) {
      window = window.parent;
      distance++;
    }
    return distance;
  }

  /**
   * Proves the parent's origin, then offers {@code child} the props; {@code failed} hears what
   * keeps this window from being the child (its promise of props rejects with it).
   */
  public void start(ChildHandshake.Child child, Fn failed) {
    PostRobot.hello(parent).then(hello -> {
      XComponentError error = offer(hello.origin, child);
      if (error != null) {
        failed.call(error);
      }
      return null;
    }, error -> {
      failed.call(Errors.badParent("The parent window did not answer: "
          + Js.asPropertyMap(error).get("message")));
      return null;
    });
  }

  /** The payload, read for the parent on {@code origin}, offered to {@code child}; or the error. */
  private XComponentError offer(String origin, ChildHandshake.Child child) {
    Object read = PostRobot.deserialize(parent, origin, serialized);
    if (read instanceof PostRobotError) {
      return Errors.badParent(((PostRobotError) read).message);
    }
    JsPropertyMap<Object> payload = Js.asPropertyMap(((Message) read).data);
    Object expected = payload.get("childDomainMatch");
    String own = Windows.ownDomain();
    if (!DomainPattern.matches(expected, own)) {
      return Errors.childDomainRejected(own, DomainPattern.describe(expected));
    }
    JsPropertyMap<Object> exports = Js.asPropertyMap(payload.get("exports"));
    Object init = exports.get("init");
    if (!"function".equals(Js.typeof(init))) {
      return Errors.badParent("The parent gave no init function");
    }
    JsPropertyMap<Object> helpers = JsPropertyMap.of();
    // a JavaScript array: a Java one would bring J2CL's array runtime into the bundle
    JsArray<String> forwarded = new JsArray<>("close", "resize", "show", "hide", "onError", "export");
    for (int i = 0; i < forwarded.length; i++) {
      helpers.set(forwarded.getAt(i), exports.get(forwarded.getAt(i)));
    }
    // zoid's child focuses itself: its parent has no focus to call
    helpers.set("focus", (Fn) ignored -> {
      Page.window().focus();
      return Promise.resolve((Object) null);
    });
    boolean bfcache = Js.isTruthy(payload.get("enableBfcache"));
    Message offer = Message.of(parent, origin,
        Offer.of(payload.get("props"), (String) payload.get("context"), null, helpers));
    Promise.resolve(child.decide(offer)).then(answer -> {
      if (!Answer.isAccepted(answer)) {
        callIfThere(exports.get("onError"), Errors.parentDomainRejected(origin));
        return null;
      }
      JsPropertyMap<Object> ours = JsPropertyMap.of("name", "");
      ours.set("updateProps", Answer.onProps(answer));
      ours.set("close", (Fn) ignored -> {
        Page.window().close();
        return null;
      });
      Callbacks.call(init, ours);
      Object checkClose = exports.get("checkClose");
      Page.window().addEventListener("pagehide", e -> {
        if (!(bfcache && Js.<PageTransitionEvent>uncheckedCast(e).persisted)) {
          callIfThere(checkClose, null);
        }
      });
      return null;
    });
    return null;
  }

  /** Calls the parent's {@code function}, if the payload had it (a forged one may not). */
  private static void callIfThere(Object function, Object argument) {
    if ("function".equals(Js.typeof(function))) {
      Callbacks.call(function, argument);
    }
  }

  /** {@code text}, base64 of UTF-8 JSON when {@code base64}, else JSON, parsed; null if it is not. */
  @JsMethod
  private static native Object parse(String text, boolean base64);
}
