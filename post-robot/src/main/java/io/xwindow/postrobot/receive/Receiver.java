package io.xwindow.postrobot.receive;

import elemental2.core.JsArray;
import elemental2.dom.Event;
import elemental2.dom.MessageEvent;
import elemental2.dom.MessagePort;
import elemental2.dom.Window;
import elemental2.promise.IThenable;
import elemental2.promise.Promise;
import io.xwindow.postrobot.browser.Copies;
import io.xwindow.postrobot.browser.Guard;
import io.xwindow.postrobot.browser.Tables;
import io.xwindow.postrobot.domain.Origin;
import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.Action;
import io.xwindow.postrobot.message.ErrorHandler;
import io.xwindow.postrobot.message.Listener;
import io.xwindow.postrobot.message.Message;
import io.xwindow.postrobot.send.Outbox;
import io.xwindow.postrobot.send.Peers;
import io.xwindow.postrobot.send.Sender;
import io.xwindow.postrobot.serialize.Codec;
import io.xwindow.postrobot.serialize.Refusal;
import io.xwindow.postrobot.transport.Peer;
import io.xwindow.postrobot.transport.PrivateChannel;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.postrobot.wire.Envelope;
import io.xwindow.postrobot.wire.MessageType;
import io.xwindow.postrobot.wire.Messages;
import io.xwindow.postrobot.wire.WireMessage;
import jsinterop.base.Js;

/**
 * The window's one {@code message} listener. It drops anything that is not a post-robot
 * envelope before parsing it, never lets an error out into the page, handles each message once
 * (by its id, among those of the window that sent it), acknowledges every request before its
 * handler answers (on a private channel, only one whose answer waits), and answers it.
 */
public final class Receiver {
  /** How many recent message ids of each window are remembered to drop duplicates. */
  static final int REMEMBERED_IDS = 4096;

  private final SeenIds<Window> seen =
      new SeenIds<>(REMEMBERED_IDS, Tables::map, Tables.weakMap());
  private final Listeners listeners;
  private final Sender sender;
  private final Outbox outbox;
  private final Peers peers;
  private final Codec codec;
  private final Action onBusy;
  private final Copies copies;
  private final PrivateChannel channel = new PrivateChannel(this::receiveOnChannel);

  /** {@code copies}: the other copies of post-robot in this window, which answer what this one does not. */
  public Receiver(
      Listeners listeners, Sender sender, Outbox outbox, Peers peers, Codec codec, Action onBusy,
      Copies copies) {
    this.listeners = listeners;
    this.sender = sender;
    this.outbox = outbox;
    this.peers = peers;
    this.codec = codec;
    this.onBusy = onBusy;
    this.copies = copies;
  }

  /** Handles one {@code message} event; never throws. */
  public void onMessage(Event event) {
    Guard.run(() -> receive(Js.uncheckedCast(event)), null);
  }

  private void receive(MessageEvent<Object> event) {
    Object data = event.data;
    Window source = Js.uncheckedCast(event.source);
    if (!(data instanceof String) || source == null) {
      return;
    }
    String origin = Origin.ofEvent(event.origin);
    Peer peer = receive(data, source, origin, false);
    JsArray<MessagePort> ports = Js.uncheckedCast(event.ports);
    if (peer != null && ports != null && ports.length > 0 && copies.isFirst()) {
      channel.accept(peer, source, ports.getAt(0));
    }
  }

  private void receiveOnChannel(Object envelope, Window source, String origin) {
    receive(envelope, source, origin, true);
    copies.deliverToOthers(envelope, source, origin);
  }

  /** An envelope that came to another copy of post-robot in this window, on its private channel. */
  public void deliver(Object envelope, Window source, String origin) {
    receive(envelope, source, origin, true);
  }

  /**
   * Handles a posted string from {@code source}, or an envelope object cloned on a channel;
   * returns the peer it proved to be, or null.
   * {@code live} when it came on a channel: only a live page can post on one, and asking a
   * cross-origin window whether it is closed costs microseconds on every message; and a channel
   * delivers each message once, so its ids need no remembering ({@link SeenIds} is for window
   * messages).
   */
  private Peer receive(Object data, Window source, String origin, boolean live) {
    Envelope envelope = data instanceof String ? Envelope.parse((String) data) : Envelope.read(data);
    if (envelope == null || (!live && Windows.isClosed(source))) {
      return null;
    }
    Peer peer = peers.learn(source, envelope.key, origin);
    for (int i = 0; i < envelope.messages.length; i++) {
      receive(peer, envelope.messages.getAt(i), source, origin, live);
    }
    return peer;
  }

  /**
   * One message of an envelope. (A method of its own: lambdas that capture a variable of the
   * loop cost a closure per turn in the ES5 bundle.)
   */
  private void receive(Peer peer, Object raw, Window source, String origin, boolean live) {
    if (Envelope.isWellFormed(raw)) {
      WireMessage wire = Js.uncheckedCast(raw);
      // A message on a private channel comes once: only window messages can come twice.
      if (live || seen.firstTime(source, origin, wire.id)) {
        // One broken message does not stop the rest of its batch.
        Guard.run(
            () -> dispatch(peer, wire, source, origin),
            error -> sender.onBroken(source, wire, error));
      }
    }
  }

  /**
   * A hello came from {@code source}: see {@link PrivateChannel#onHello}. Only the first copy of
   * post-robot in this window keeps a private channel (see {@link Copies}).
   */
  public void onHello(Window source, Object data) {
    Peer peer = peers.get(source);
    if (peer != null && copies.isFirst()) {
      channel.onHello(peer, source, data);
    }
  }

  private void dispatch(Peer peer, WireMessage message, Window source, String origin) {
    if (MessageType.REQUEST.equals(message.type)) {
      onRequest(peer, message, source, origin);
    } else if (MessageType.ACK.equals(message.type)) {
      sender.onAck(source, origin, message);
    } else if (MessageType.RESPONSE.equals(message.type)) {
      sender.onResponse(source, origin, message);
    }
  }

  private void onRequest(Peer peer, WireMessage request, Window source, String origin) {
    Listener listener = listeners.find(request.name, source, origin);
    // A copy that listens for a name answers it (a call to a function: if it holds the function),
    // so the other copies are asked only when this one might not.
    if ((listener == null || MessageType.METHOD.equals(request.name))
        && copies.leavesToAnother(request, source, origin)) {
      return; // another copy of post-robot in this window answers it
    }
    boolean fireAndForget = Js.isTruthy(request.fireAndForget);
    ErrorHandler errorHandler = listener == null ? null : listener.errorHandler();
    // On a private channel an answer given at once acknowledges its request itself: the
    // acknowledgement goes only before an answer that waits (see Messages#start).
    boolean channel = peer.onChannel();
    if (!fireAndForget && !channel) {
      acknowledge(peer, request, source, origin, errorHandler, false);
    }
    if (listener == null) {
      if (!fireAndForget) {
        PostRobotError refusal =
            Errors.noHandler(
                listeners.refusal(request.name, source), request.name, origin, Windows.ownLocation());
        respond(peer, request, source, origin, false, refusal, null);
      }
      return;
    }
    if (listener.once()) {
      listener.cancel();
    }
    // The handler runs in a Guard: a throw, the handler's or the decoder's, goes back to the
    // sender as the very error thrown. An answer given at once (not a promise) is sent at once,
    // with no promise of ours, so that it leaves in the same post as the acknowledgement (or, on
    // a channel, as the acknowledgement); a promise is answered when it settles.
    JsArray<Object> answer = new JsArray<>();
    Guard.run(
        () -> answer.push(handle(listener, request, source, origin)),
        thrown -> answer.push(Promise.reject(thrown)));
    if (!(answer.getAt(0) instanceof Promise)) {
      if (!fireAndForget) {
        respond(peer, request, source, origin, true, answer.getAt(0), errorHandler);
      }
      return;
    }
    if (!fireAndForget && channel) {
      acknowledge(peer, request, source, origin, errorHandler, true);
    }
    Js.<Promise<Object>>uncheckedCast(answer.getAt(0)).then(
        value -> {
          if (!fireAndForget) {
            respond(peer, request, source, origin, true, value, errorHandler);
          }
          return null;
        },
        error -> {
          if (!fireAndForget) {
            respond(peer, request, source, origin, false, error, errorHandler);
          } else if (errorHandler != null) {
            errorHandler.onError(error);
          }
          return null;
        });
  }

  /**
   * What {@code listener} answers {@code request}: a value at once, or a promise (of a thenable
   * it returned, or of the decoder's refusal of the request's data).
   */
  private Object handle(Listener listener, WireMessage request, Window source, String origin) {
    Object data = codec.decode(request.data, source, origin, sender);
    if (Refusal.is(data)) {
      return Promise.reject(badValue(data));
    }
    Object answer = listener.handler().handle(Message.of(source, origin, data));
    return isThenable(answer) ? Promise.resolve(Js.<IThenable<Object>>uncheckedCast(answer)) : answer;
  }

  private void acknowledge(
      Peer peer,
      WireMessage request,
      Window source,
      String origin,
      ErrorHandler errorHandler,
      boolean channel) {
    outbox.add(
        source,
        peer,
        Origin.target(origin),
        Messages.ack(request, channel),
        undelivered(errorHandler),
        false);
  }

  /** What tells {@code errorHandler} (may be null) that an answer could not be posted. */
  private static Outbox.Undelivered undelivered(ErrorHandler errorHandler) {
    return errorHandler == null
        ? null
        : cause -> errorHandler.onError(Errors.answerUndelivered(cause));
  }

  private static PostRobotError badValue(Object refusal) {
    return Errors.badValue(((Refusal) refusal).reason);
  }

  private static boolean isThenable(Object value) {
    return value != null
        && ("object".equals(Js.typeof(value)) || "function".equals(Js.typeof(value)))
        && "function".equals(Js.typeof(Js.asPropertyMap(value).get("then")));
  }

  private void respond(
      Peer peer,
      WireMessage request,
      Window source,
      String origin,
      boolean success,
      Object value,
      ErrorHandler errorHandler) {
    Object data = success ? codec.encode(value, source, origin) : null;
    if (Refusal.is(data)) {
      value = badValue(data);
      data = null;
      success = false;
    }
    // by the transport of now: an answer that waited may find the channel gone
    boolean channel = peer.onChannel();
    // a success's undefined error goes on postMessage only, as post-robot writes it
    Object error =
        success && channel ? null : codec.encode(success ? Js.undefined() : value, source, origin);
    if (Refusal.is(error)) {
      error = codec.encode(badValue(error), source, origin); // the error itself cannot go
    }
    outbox.add(
        source,
        peer,
        Origin.target(origin),
        Messages.response(request, success, data, error, channel),
        undelivered(errorHandler),
        false);
    onBusy.run();
  }
}
