package io.xwindow.xcomponent.zoid;

import elemental2.dom.Window;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.PostRobot;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.base.browser.Page;
import io.xwindow.xcomponent.constant.Context;
import io.xwindow.xcomponent.dom.View;
import io.xwindow.xcomponent.error.ErrorCode;
import io.xwindow.xcomponent.error.Errors;
import io.xwindow.xcomponent.event.Callbacks;
import io.xwindow.xcomponent.event.Fn;
import io.xwindow.xcomponent.props.Host;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Our parent's side of zoid 10's dialect, and what a parent of either dialect hears of the pages in
 * its child's window.
 *
 * <p>For a definition with {@code zoidChildren}, {@link #name} writes zoid's window name: the
 * payload ({@link ZoidPayload}) carries the props the child may see, decided for the origin of the
 * url (as zoid does: the browser has reported none yet), and the parent's functions, {@code init,
 * close, checkClose, resize, onError, show, hide, export}, written by post-robot for the child's
 * window and the component's domain only, so that no other window or origin can call them. The
 * child calls {@code init({updateProps, close})} once it has its props; the origin of that call,
 * as the browser reported it, is the child's.
 *
 * <p>{@link #watch} hears each post-robot that starts in the child's window: in zoid's dialect, one
 * on an origin the domain does not match is refused; in ours, a page that speaks another
 * post-robot but never xwindow's is a zoid child the definition did not allow ({@link
 * ForeignChild}).
 */
public final class ZoidParent {
  /** What the render does with what it hears. */
  public interface Parent {
    /** The child, on {@code origin} (as the browser reported it), took its props. */
    void took(String origin, Object updateProps);

    /** A page on {@code origin}, which the component's domain does not match, is in the window. */
    void childRefused(String origin);

    /** The child refused this parent's origin. */
    void refused();

    /** The child leaves its page: is its window gone? */
    void checkClose();

    /** The child's page runs zoid, and the definition does not allow zoid children. */
    void zoidChild();
  }

  /** {@code init}'s handler, given the origin of the call. */
  @JsFunction
  interface FromOrigin {
    Object handle(String origin, Object value);
  }

  private ZoidParent() {}

  /**
   * Names {@code view}'s window (open, blank, not yet loaded) for a zoid 10 child of {@code tag}:
   * instance {@code uid}, in {@code context}, on an origin {@code childDomain} matches, with
   * {@code props} and the parent's {@code helpers} ({@code Controls.forChild}). Returns null, or
   * the error that stopped it.
   */
  public static Object name(Host host, View view, String context, String uid, String tag,
      Object childDomain, Object props, JsPropertyMap<Object> helpers, boolean bfcache,
      Parent parent) {
    Object onError = helpers.get("onError");
    helpers.set("onError", (Fn) error -> {
      Object message = error == null ? null : Js.asPropertyMap(error).get("message");
      if (ZoidPayload.refusesParent(message instanceof String ? (String) message : null)) {
        parent.refused();
      } else {
        Callbacks.call(onError, error);
      }
      return null;
    });
    helpers.set("init", withOrigin((origin, exports) -> {
      parent.took(origin, Js.asPropertyMap(exports).get("updateProps"));
      return null;
    }));
    helpers.set("checkClose", (Fn) ignored -> {
      parent.checkClose();
      return false;
    });
    Window child = view.window();
    Object serialized = PostRobot.serialize(child, childDomain,
        ZoidPayload.payload(host, uid, tag,
            Context.POPUP.equals(context) ? context : Context.IFRAME, // zoid has no modal
            childDomain, props, helpers, bfcache));
    if (serialized instanceof PostRobotError) {
      return Errors.of(ErrorCode.PROP_INVALID,
          "Props can not go to the child: " + ((PostRobotError) serialized).message);
    }
    Object ref = ZoidPayload.windowRef(host, Context.POPUP.equals(context),
        ZoidChild.distanceFromTop(Page.window()));
    String payload = host.base64(
        host.json(ZoidPayload.envelope(host, Windows.ownDomain(), ref, (String) serialized)));
    view.rename(ZoidName.encode(tag, payload));
    return null;
  }

  /**
   * Hears the post-robots that start in {@code child}'s window, for {@code parent}: in zoid's
   * dialect ({@code zoidChildren}) one on an origin {@code childDomain} does not match is refused;
   * in ours, a foreign one alone is a zoid child. Returns what stops it.
   */
  public static Action watch(Window child, Object childDomain, boolean zoidChildren, Timers timers,
      Parent parent) {
    ForeignChild foreign = new ForeignChild(timers, parent::zoidChild);
    Action stop = PostRobot.onHello((source, origin, xwindow) -> {
      if (source != child) {
        return;
      }
      if (!zoidChildren) {
        foreign.hello(xwindow);
      } else if (!DomainPattern.matches(childDomain, origin)) {
        parent.childRefused(origin);
      }
    });
    return () -> {
      stop.run();
      foreign.stop();
    };
  }

  /** A function that gives {@code handler} the origin post-robot called it from ({@code this}). */
  @JsMethod
  private static native Object withOrigin(FromOrigin handler);
}
