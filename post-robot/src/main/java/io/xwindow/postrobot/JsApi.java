package io.xwindow.postrobot;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.message.ListenOptions;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.message.Stats;
import io.xwindow.postrobot.serialize.ProxyWindow;
import io.xwindow.postrobot.window.Windows;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * The global {@code postRobot}, as JavaScript calls it: optional arguments in post-robot's
 * order, and registration errors returned for {@code entry.js} to throw (a Java method cannot
 * throw a plain JavaScript {@code Error} with a {@code code}).
 */
@JsType
public final class JsApi {
  private JsApi() {}

  /** Loads the registry: listens, and says hello to the parent or opener. */
  public static void setup() {
    Robot.get();
  }

  public static String version() {
    return PostRobot.VERSION;
  }

  /** {@code on(name, [options], handler)}: a {@link io.xwindow.postrobot.message.Listener}, or the error to throw. */
  public static Object on(String name, Object optionsOrHandler, Object handler) {
    ListenOptions options = options(optionsOrHandler);
    return Robot.get().listen(name, options, options == null ? optionsOrHandler : handler);
  }

  /** {@code once(name, [options], [handler])}: a promise with {@code cancel()}, or the error. */
  public static Object once(String name, Object optionsOrHandler, Object handler) {
    ListenOptions options = options(optionsOrHandler);
    return Robot.get().once(name, options, options == null ? optionsOrHandler : handler);
  }

  /** {@code send(window, name, [data], [options])}; the window may be a {@link ProxyWindow}. */
  public static Promise<Message> send(Object target, String name, Object data, Object options) {
    if (target instanceof ProxyWindow) {
      return PostRobot.send((ProxyWindow) target, name, data, Js.uncheckedCast(options));
    }
    Robot robot = Robot.get();
    // A window that has sent us messages is one: asking a cross-origin window costs microseconds.
    if (!robot.knows(target) && !Windows.isWindow(target)) {
      return Promise.reject(
          Errors.notAWindow(name));
    }
    return robot.send(Js.<Window>uncheckedCast(target), name, data, Js.uncheckedCast(options));
  }

  public static void cleanUpWindow(Object window) {
    if (Windows.isWindow(window)) {
      Robot.get().cleanUp(Js.uncheckedCast(window));
    }
  }

  public static Stats stats() {
    return Robot.get().stats();
  }

  private static ListenOptions options(Object optionsOrHandler) {
    return optionsOrHandler != null && "object".equals(Js.typeof(optionsOrHandler))
        ? Js.uncheckedCast(optionsOrHandler)
        : null;
  }
}
