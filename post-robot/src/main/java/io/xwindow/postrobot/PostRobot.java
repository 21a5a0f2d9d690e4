package io.xwindow.postrobot;

import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.error.PostRobotException;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.message.Handler;
import io.xwindow.postrobot.message.HelloHandler;
import io.xwindow.postrobot.message.ListenOptions;
import io.xwindow.postrobot.message.Listener;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.message.SendOptions;
import io.xwindow.postrobot.message.Stats;
import io.xwindow.postrobot.serialize.ProxyWindow;
import io.xwindow.postrobot.serialize.Serializers;
import io.xwindow.postrobot.wire.Version;
import jsinterop.base.Js;

/**
 * post-robot for Java and J2CL applications: request/response messaging between windows, on the
 * wire of post-robot 10 and 11. JavaScript pages use the same functions as the global {@code
 * postRobot}.
 *
 * <pre>{@code
 * // In the child frame: answer "getUser" requests from the shop's origin only.
 * PostRobot.on("getUser", new ListenOptions().domain("https://shop.example"),
 *     request -> JsPropertyMap.of("name", "Ann"));
 *
 * // In the parent page: ask, and read the answer or the error's code.
 * PostRobot.send(frame, "getUser", null, new SendOptions().domain("https://pay.example"))
 *     .then(response -> { render(response.data); return null; })
 *     .catch_(e -> { log(Js.<PostRobotError>cast(e).code); return null; });
 * }</pre>
 */
public final class PostRobot {
  /** The version of xwindow, from the Maven project version. */
  public static final String VERSION = Version.XWINDOW;

  private PostRobot() {}

  /**
   * Answers requests named {@code name} with {@code handler}, from the windows and origins
   * {@code options} allows (any, when null).
   *
   * @throws PostRobotException {@link io.xwindow.postrobot.error.ErrorCode#BAD_ARGUMENT} for an empty name, a bad domain,
   *     or a listener already registered for that name, window and domain
   */
  public static Listener on(String name, ListenOptions options, Handler handler) {
    return checked(
        Robot.get().listen(name, options, handler));
  }

  /**
   * Like {@link #on}, but returns the {@link PostRobotError} instead of throwing it: for modules
   * built on post-robot whose bundle otherwise needs no Java exception (it costs about 170 bytes
   * gzipped).
   *
   * @return the {@link Listener}, or the {@link PostRobotError} saying why it could not be made
   */
  public static Object listen(String name, ListenOptions options, Handler handler) {
    return Robot.get().listen(name, options, handler);
  }

  /**
   * Like {@link #on}, for the first request only: the promise resolves with it, and {@code
   * handler} (may be null) answers it.
   */
  public static Promise<Message> once(String name, ListenOptions options, Handler handler) {
    Object first = Robot.get().once(name, options, handler);
    checked(first instanceof PostRobotError ? first : null);
    return Js.uncheckedCast(first);
  }

  /**
   * Sends request {@code name} with {@code data} to {@code target}; the promise resolves with
   * the answer, or rejects with a {@link PostRobotError} whose {@code code} is one of {@link
   * io.xwindow.postrobot.error.ErrorCode}.
   */
  public static Promise<Message> send(Window target, String name, Object data, SendOptions options) {
    return Robot.get().send(target, name, data, options);
  }

  /**
   * Sends to the window {@code target} stands for, once it is known here (a proxy that came in
   * data is known once {@link ProxyWindow#matchWindow} matched it, or at once if the window is
   * one this window sent).
   */
  public static Promise<Message> send(
      ProxyWindow target, String name, Object data, SendOptions options) {
    return target.awaitWindow().then(window -> Robot.get().send(window, name, data, options));
  }

  /**
   * Says hello to the post-robot in {@code target} (any version) and resolves with its answer,
   * as post-robot's {@code sayHello}: {@code source} is {@code target}, {@code origin} its
   * origin as the browser reported it. For a module that must know who is in a window before it
   * trusts what it was given there; rejects as {@link #send} does.
   */
  public static Promise<Message> hello(Window target) {
    return Robot.get().hello(target);
  }

  /**
   * Hears the hello that every post-robot says here as it starts in another window (a new page
   * there, any version): {@code handler} gets the window, its origin as the browser reported it,
   * and whether it runs xwindow. Returns the function that stops {@code handler} hearing.
   */
  public static Action onHello(HelloHandler handler) {
    return Robot.get().onHello(handler);
  }

  /**
   * post-robot's {@code serializeMessage}: {@code value} as the JSON text post-robot 10 and 11
   * write, for {@code target} on an origin {@code domain} matches; functions and promises in it
   * are kept here, callable from that window only. Returns the text, or a {@link PostRobotError}
   * ({@link io.xwindow.postrobot.error.ErrorCode#BAD_VALUE}) when the value cannot go.
   */
  public static Object serialize(Window target, Object domain, Object value) {
    return Robot.get().serialize(target, domain, value);
  }

  /**
   * post-robot's {@code deserializeMessage}: the value {@code text} (written by {@link
   * #serialize}, or by post-robot 10 or 11) stands for, sent by {@code source} at {@code origin};
   * its functions call that window, at that origin only. Returns a {@link Message} whose {@code
   * data} is the value, or a {@link PostRobotError} ({@link io.xwindow.postrobot.error.ErrorCode#BAD_VALUE}) when the text
   * is not such JSON or nests too deep.
   */
  public static Object deserialize(Window source, String origin, String text) {
    return Robot.get().deserialize(source, origin, text);
  }

  /**
   * Fails every request waiting on {@code window} and releases the functions handed to it, as
   * happens by itself when it closes.
   */
  public static void cleanUpWindow(Window window) {
    Robot.get().cleanUp(window);
  }

  /**
   * The serializers of this window: add a {@link io.xwindow.postrobot.serialize.Serializer} to
   * send a type of your own across windows (both windows must add it).
   */
  public static Serializers serializers() {
    return Robot.get().serializers();
  }

  /** What this window holds for others right now. */
  public static Stats stats() {
    return Robot.get().stats();
  }

  /** {@code registered}, unless it is the error saying why it could not be: then that, thrown. */
  private static Listener checked(Object registered) {
    if (registered instanceof PostRobotError) {
      PostRobotError error = (PostRobotError) registered;
      throw new PostRobotException(error.code, error.message);
    }
    return (Listener) registered;
  }
}
