package io.xwindow.postrobot;

import elemental2.core.Function;
import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.PageTimers;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.browser.Copies;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.browser.Guard;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.domain.Origin;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.message.ErrorHandler;
import io.xwindow.postrobot.message.Handler;
import io.xwindow.postrobot.message.HelloHandler;
import io.xwindow.postrobot.message.ListenOptions;
import io.xwindow.postrobot.message.Listener;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.message.SendOptions;
import io.xwindow.postrobot.message.Stats;
import io.xwindow.postrobot.receive.Listeners;
import io.xwindow.postrobot.receive.Receiver;
import io.xwindow.postrobot.send.Outbox;
import io.xwindow.postrobot.send.Peers;
import io.xwindow.postrobot.send.Sender;
import io.xwindow.postrobot.send.Timeouts;
import io.xwindow.postrobot.serialize.Codec;
import io.xwindow.postrobot.serialize.FunctionStore;
import io.xwindow.postrobot.serialize.ProxyWindows;
import io.xwindow.postrobot.serialize.Refusal;
import io.xwindow.postrobot.serialize.Serializers;
import io.xwindow.postrobot.serialize.StoredFunction;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.postrobot.wire.MessageType;
import io.xwindow.postrobot.wire.Messages;
import io.xwindow.postrobot.wire.WireMessage;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The one registry a window needs: its listeners, its requests in flight, the peers it knows,
 * the functions it handed out, and its single {@code message} listener. Made on first use; the
 * bundle makes it as it loads, so that a child says hello to its parent at once.
 */
final class Robot {
  private static Robot instance;

  private final Timers timers = new PageTimers();
  private final Listeners listeners = new Listeners();
  private final FunctionStore functions = new FunctionStore();
  private final Outbox outbox = new Outbox();
  private final Peers peers = new Peers(outbox, timers);
  private final ProxyWindows windows = new ProxyWindows(this::instanceId);
  private final Serializers serializers = Serializers.builtIn(functions, windows, timers);
  private final Codec codec = new Codec(serializers);
  private final Action busy = this::busy; // one function for both: a method reference each costs one
  private final Sender sender = new Sender(outbox, peers, codec, timers, busy);
  private final Copies copies =
      new Copies(this::claims, (envelope, source, origin) -> this.receiver.deliver(envelope, source, origin));
  private final Receiver receiver =
      new Receiver(listeners, sender, outbox, peers, codec, busy, copies);
  private final JsArray<HelloHandler> helloHandlers = new JsArray<>();

  private Robot() {}

  /** This window's registry, started on first use. */
  static Robot get() {
    if (instance == null) {
      instance = new Robot();
      instance.start();
    }
    return instance;
  }

  private void start() {
    copies.join();
    // a plain function, which the browser takes as a listener: an EventListener costs an adaptor class
    DomGlobal.window.addEventListener(
        "message", Js.<EventListener>uncheckedCast((OnEvent) receiver::onMessage));
    listen(MessageType.HELLO, null, (Handler) this::answerHello);
    listen(MessageType.METHOD, null, (Handler) this::callStored);
    listen(MessageType.RELEASE, null, (Handler) this::release);
    Window ancestor = Windows.ancestor();
    if (ancestor != null) {
      outbox.hello(ancestor);
    }
  }

  /**
   * Registers a listener with {@code options} (may be null); returns it, or a {@link
   * PostRobotError} saying why not ({@link ErrorCode#BAD_ARGUMENT}).
   */
  Object listen(String name, ListenOptions options, Object handler) {
    return register(name, options, handler, options == null ? null : options.errorHandler, false);
  }

  private Object register(
      String name, ListenOptions options, Object handler, ErrorHandler errorHandler, boolean once) {
    Object window = options == null ? null : options.window;
    Object domain = options == null ? null : options.domain;
    if (!"string".equals(Js.typeof(name)) || name.isEmpty()) {
      return Errors.expectedName();
    }
    if (!"function".equals(Js.typeof(handler))) {
      return Errors.expectedHandler();
    }
    Object pattern = domain == null ? Origin.ANY : domain;
    if (!DomainPattern.isValid(pattern)) {
      return Errors.expectedDomain();
    }
    JsArray<Window> windows = null;
    if (JsArray.isArray(window)) {
      windows = Js.uncheckedCast(window);
    } else if (window != null && !Origin.ANY.equals(window)) {
      windows = new JsArray<>(Js.<Window>uncheckedCast(window));
    }
    Listener listener =
        new Listener(name, windows, pattern, Js.uncheckedCast(handler), errorHandler, once, listeners);
    PostRobotError refusal = listeners.add(listener);
    return refusal == null ? listener : refusal;
  }

  /** The serializers of this window's codec, to which other modules add their types. */
  Serializers serializers() {
    return serializers;
  }

  /** True when {@code value} is a window that has sent us messages (a known peer). */
  boolean knows(Object value) {
    return peers.get(Js.uncheckedCast(value)) != null;
  }

  /** Sends request {@code name} with {@code data} to {@code target}. */
  Promise<Message> send(Window target, String name, Object data, SendOptions options) {
    return sender.send(target, name, data, options);
  }

  /** What the {@code message} listener is: a JavaScript function. */
  @jsinterop.annotations.JsFunction
  interface OnEvent {
    void on(Event event);
  }

  /** Gives a once-promise its {@code cancel()}, as post-robot's has. */
  @jsinterop.annotations.JsFunction
  interface Cancel {
    void cancel();
  }

  /**
   * Listens for the first request only: returns a promise of it, with {@code cancel()}, or a
   * {@link PostRobotError} saying why not. {@code handler} (any value; only a function is
   * called) answers the request.
   */
  Object once(String name, ListenOptions options, Object handler) {
    JsArray<Object> registered = new JsArray<>();
    Promise<Message> first =
        new Promise<>(
            (resolve, reject) ->
                registered.push(
                    register(
                        name,
                        options,
                        (Handler)
                            request -> {
                              resolve.onInvoke(request);
                              return "function".equals(Js.typeof(handler))
                                  ? Js.<Handler>uncheckedCast(handler).handle(request)
                                  : Js.undefined();
                            },
                        reject::onInvoke,
                        true)));
    Object listener = registered.getAt(0);
    if (!(listener instanceof Listener)) {
      return listener;
    }
    Cancel cancel = ((Listener) listener)::cancel;
    Js.asPropertyMap(first).set("cancel", cancel);
    return first;
  }

  /**
   * Answers a hello; one from another xwindow window also gets a private channel. A hello
   * comes from a post-robot that just started there (a new page, after a reload or a
   * navigation): any channel to the page before it is dead, so it is dropped.
   */
  private Object answerHello(Message hello) {
    receiver.onHello(hello.source, hello.data);
    boolean xwindow = Messages.isXwindowHello(hello.data);
    JsArray<HelloHandler> handlers = helloHandlers.slice();
    for (int i = 0; i < handlers.length; i++) {
      handlers.getAt(i).hello(hello.source, hello.origin, xwindow);
    }
    return outbox.helloData();
  }

  /** Hears every hello from now on; returns what stops it. */
  Action onHello(HelloHandler handler) {
    helloHandlers.push(handler);
    return () -> {
      int at = helloHandlers.indexOf(handler);
      if (at >= 0) {
        helloHandlers.splice(at, 1);
      }
    };
  }

  /** Says hello to {@code target}: its answer, with its origin as the browser reported it. */
  Promise<Message> hello(Window target) {
    return sender.send(target, MessageType.HELLO, outbox.helloData(), new SendOptions().domain(Origin.ANY));
  }

  /** {@code value} as post-robot's JSON text for {@code target} at {@code domain}, or the error. */
  Object serialize(Window target, Object domain, Object value) {
    Object encoded = codec.encode(value, target, domain);
    if (Refusal.is(encoded)) {
      return Errors.badValue(((Refusal) encoded).reason);
    }
    JsArray<Object> text = new JsArray<>();
    // JSON.stringify throws on a BigInt
    Guard.run(() -> text.push(Global.JSON.stringify(encoded)),
        error -> text.push(Errors.badValue("" + Js.asPropertyMap(error).get("message"))));
    return text.getAt(0);
  }

  /** The value post-robot's JSON {@code text} from {@code source} at {@code origin} stands for. */
  Object deserialize(Window source, String origin, String text) {
    JsArray<Object> parsed = new JsArray<>();
    Guard.run(() -> parsed.push(Global.JSON.parse(text)), null);
    if (parsed.length == 0) {
      return Errors.badValue("Not JSON");
    }
    Object value = codec.decode(parsed.getAt(0), source, origin, sender);
    return Refusal.is(value) ? Errors.badValue(((Refusal) value).reason) : Message.of(source, origin, value);
  }

  /** The instance id of the post-robot in {@code window}: ours, or what its hello answer says. */
  private Promise<String> instanceId(Window window) {
    if (window == Windows.self()) {
      return Promise.resolve(outbox.instanceId());
    }
    return hello(window)
        .then(
            answer ->
                Js.uncheckedCast(Dictionary.field(answer.data, "instanceID")));
  }

  /**
   * Whether this copy answers {@code message}, a request from {@code source} at {@code origin}
   * (see {@link Copies}): it listens for its name, and for a call to a function handed to another
   * window, it holds the function.
   */
  private boolean claims(Object message, Window source, String origin) {
    WireMessage request = Js.uncheckedCast(message);
    if (listeners.find(request.name, source, origin) == null) {
      return false;
    }
    if (!MessageType.METHOD.equals(request.name)) {
      return true;
    }
    Object id = Dictionary.field(request.data, "id");
    return id instanceof String && functions.find(source, (String) id) != null;
  }

  /** An xwindow window can no longer call some of the functions we handed it. */
  private Object release(Message request) {
    JsArray<Object> released = Messages.released(request.data);
    for (int i = 0; released != null && i < released.length; i++) {
      Object pair = released.getAt(i);
      if (JsArray.isArray(pair)) {
        JsArray<Object> idAndCount = Js.uncheckedCast(pair);
        Object id = idAndCount.getAt(0);
        Object received = idAndCount.getAt(1);
        if (id instanceof String && "number".equals(Js.typeof(received))) {
          // |0, not an (int) cast, which costs the bundle J2CL's saturating conversion
          functions.released(request.source, (String) id, Js.coerceToInt(received));
        }
      }
    }
    return null;
  }

  /** Answers a {@code postrobot_method} request: calls the function it names. */
  private Object callStored(Message request) {
    JsPropertyMap<Object> call =
        request.data != null && "object".equals(Js.typeof(request.data))
            ? Js.asPropertyMap(request.data)
            : JsPropertyMap.of();
    Object id = call.get("id");
    String name = "" + call.get("name");
    StoredFunction stored = id instanceof String ? functions.find(request.source, (String) id) : null;
    if (stored == null) {
      return Promise.reject(
          Errors.methodNotFound(name, "" + id, Windows.ownDomain()));
    }
    if (!DomainPattern.matches(stored.domain, request.origin)) {
      return Promise.reject(
          Errors.methodDomain(
              stored.name,
              DomainPattern.describe(stored.domain),
              request.origin,
              Windows.ownDomain()));
    }
    Object args = JsArray.isArray(call.get("args")) ? call.get("args") : new JsArray<>();
    Function function = Js.uncheckedCast(stored.function);
    Message self = Message.of(request.source, request.origin, null);
    return new Promise<Object>((resolve, reject) -> resolve.onInvoke(function.apply(self, args)))
        .then(
            result -> Js.uncheckedCast(Messages.methodReply(result, id, stored.name)));
  }

  private double sweepTimer;

  /**
   * Something now waits on other windows: sweep for closed windows and missed acknowledgements
   * until nothing does, so that an idle page runs no timer of ours. (Here rather than in a class
   * of its own, which cost 46 bytes gzipped; the decisions a sweep makes are RequestState's.)
   */
  private void busy() {
    if (sweepTimer == 0) {
      sweepTimer = timers.every(Timeouts.SWEEP, this::sweep);
    }
  }

  private void sweep() {
    sender.sweep();
    functions.releaseClosed();
    windows.releaseClosed();
    if (sender.count() == 0 && functions.count() == 0) {
      timers.cancel(sweepTimer);
      sweepTimer = 0;
    }
  }

  /** Fails what waits on {@code window} and releases what was handed to it. */
  void cleanUp(Window window) {
    sender.cleanUp(window);
    functions.release(window);
  }

  Stats stats() {
    Stats stats = new Stats();
    stats.functions = functions.count();
    stats.pending = sender.count();
    stats.listeners = listeners.count();
    return stats;
  }
}
