package io.xwindow.xcomponent;

import io.xwindow.postrobot.PostRobot;
import io.xwindow.xcomponent.child.ChildWindow;
import io.xwindow.xcomponent.constant.CloseReason;
import io.xwindow.xcomponent.error.ErrorCode;
import io.xwindow.xcomponent.error.XComponentError;
import io.xwindow.xcomponent.error.XComponentException;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;

/**
 * xcomponent for Java and J2CL applications, and the functions of the JavaScript globals {@code
 * xcomponent} and {@code zoid}: cross-domain components, in zoid 10's shape.
 *
 * <pre>{@code
 * // Both sites load the same definition.
 * Component login = XComponent.define(JsPropertyMap.of(
 *     "tag", "log-in", "url", "https://auth.example/login",
 *     "allowedParentDomains", "https://shop.example"));
 * // The shop renders it, and hears back.
 * login.instance(JsPropertyMap.of("onLoginSuccess", (Callback) email -> show(email)))
 *     .render("#login", "iframe");
 * // The login page, in the frame, once the shop's origin is proven:
 * login.ready().then(xprops -> ...);
 * }</pre>
 */
@JsType
public final class XComponent {
  /** The version of xwindow this bundle was built from. */
  public static final String VERSION = PostRobot.VERSION;

  private XComponent() {}

  /** The version of xwindow this bundle was built from, e.g. {@code "0.1.0-SNAPSHOT"}. */
  public static String version() {
    return VERSION;
  }

  /**
   * Defines a component (zoid's {@code create}); in the child window, also starts proving the
   * parent and fetching the props. Returns the {@link Component}, or the {@link XComponentError}
   * ({@link ErrorCode#BAD_OPTIONS}) that JavaScript's {@code create} throws.
   */
  public static Object create(Object options) {
    return Registry.create(options);
  }

  /**
   * Defines a component, for Java code: as {@link #create}, but throws the error.
   *
   * @throws XComponentException {@link ErrorCode#BAD_OPTIONS} with the field at fault
   */
  @JsIgnore
  public static Component define(Object options) {
    Object defined = Registry.create(options);
    if (defined instanceof XComponentError) {
      XComponentError error = (XComponentError) defined;
      throw new XComponentException(error.code, error.message);
    }
    return (Component) defined;
  }

  /** Ends every instance of every component, as {@link CloseReason#DESTROYED}. */
  public static void destroyAll() {
    Registry.destroyInstances(CloseReason.DESTROYED);
  }

  /** Ends every instance and forgets every definition. */
  public static void destroy() {
    Registry.destroy();
  }

  /**
   * As the bundle loads: in a component's child window, says hello to the parent at once (see
   * {@link ChildWindow#prepare}); elsewhere, does nothing.
   */
  public static void prepareChild() {
    if (Sides.child()) {
      ChildWindow.prepare(Registry.HOST, Registry.TIMERS);
    }
  }

  /** True when this window is the child of some component (its parent ours or zoid 10). */
  public static boolean isChild() {
    return Sides.child() && ChildWindow.named(null);
  }
}
