package io.xwindow.postrobot.send;

import elemental2.core.JsArray;
import elemental2.dom.MessagePort;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.postrobot.Version;
import io.xwindow.postrobot.wire.Envelope;
import io.xwindow.postrobot.wire.EnvelopeKey;
import io.xwindow.postrobot.wire.Ids;
import io.xwindow.postrobot.wire.MessageType;
import io.xwindow.postrobot.wire.WireMessage;
import io.xwindow.postrobot.browser.Guard;
import io.xwindow.postrobot.browser.Windows;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Messages on their way out. Those for one window, key and target origin queued in one turn of
 * the event loop go in one post, as post-robot batches them: a burst of requests is one post,
 * and an acknowledgement usually travels with its response.
 */
public final class Outbox {
  /** Told why a message could not be posted. */
  @jsinterop.annotations.JsFunction
  public interface Undelivered {
    void failed(String cause);
  }

  private static final class Batch {
    final Window window;
    final Peer peer;
    final String targetOrigin;
    final JsArray<WireMessage> messages = new JsArray<>();
    final JsArray<Undelivered> failures = new JsArray<>();

    Batch(Window window, Peer peer, String targetOrigin) {
      this.window = window;
      this.peer = peer;
      this.targetOrigin = targetOrigin;
    }
  }

  private JsArray<Batch> batches = new JsArray<>();
  private final String instanceId = Ids.uid();

  /**
   * Queues {@code message} for {@code window}, known as {@code peer}: in its key, on its private
   * channel once it has one. {@code onFailure} (may be null) hears if it cannot go.
   */
  public void add(
      Window window, Peer peer, String targetOrigin, WireMessage message, Undelivered onFailure) {
    Batch batch = null;
    for (int i = 0; i < batches.length && batch == null; i++) {
      Batch candidate = batches.getAt(i);
      if (candidate.window == window
          && candidate.peer == peer
          && candidate.targetOrigin.equals(targetOrigin)) {
        batch = candidate;
      }
    }
    if (batch == null) {
      if (batches.length == 0) {
        scheduleFlush();
      }
      batch = new Batch(window, peer, targetOrigin);
      batches.push(batch);
    }
    batch.messages.push(message);
    batch.failures.push(onFailure);
  }

  /**
   * Flushes once the current work is done: a burst of requests is one post, and a handler that
   * answers at once has its answer queued beside its acknowledgement by then.
   */
  private void scheduleFlush() {
    Promise.resolve((Object) null)
        .then(
            ignored -> {
              flush();
              return null;
            });
  }

  private void flush() {
    JsArray<Batch> due = batches;
    batches = new JsArray<>();
    for (int i = 0; i < due.length; i++) {
      Batch batch = due.getAt(i);
      post(
          batch.window,
          batch.peer,
          new JsArray<>(batch.peer.key),
          batch.targetOrigin,
          batch.messages,
          cause -> {
            for (int j = 0; j < batch.failures.length; j++) {
              Undelivered onFailure = batch.failures.getAt(j);
              if (onFailure != null) {
                onFailure.failed(cause);
              }
            }
          });
    }
  }

  /** Posts at once, on {@code peer}'s channel if any (peer may be null); {@code onFailure} hears why, if it fails. */
  private static void post(
      Window window,
      Peer peer,
      JsArray<String> keys,
      String targetOrigin,
      JsArray<WireMessage> messages,
      Undelivered onFailure) {
    if (Windows.isClosed(window)) {
      onFailure.failed("Window is closed"); // on a channel too: the errorHandler must hear it
      return;
    }
    // postMessage throws on a malformed target origin; JSON.stringify on a BigInt.
    Guard.run(
        () -> {
          if (peer != null && peer.port != null) {
            // Between two xwindow windows: the browser clones the envelope, no JSON either way.
            peer.port.postMessage(Envelope.object(keys, messages));
          } else {
            window.postMessage(Envelope.format(keys, messages), targetOrigin);
          }
        },
        error -> onFailure.failed("" + Js.asPropertyMap(error).get("message")));
  }

  /**
   * Says hello to {@code window} in every key we speak, in one post to any origin: a hello
   * carries only our instance id. Whatever answers tells us the window's key and origin.
   */
  public void hello(Window window) {
    JsArray<WireMessage> messages = new JsArray<>();
    messages.push(request(MessageType.HELLO, Ids.uid(), helloData(), false));
    JsArray<String> keys = new JsArray<>();
    for (int i = 0; i < EnvelopeKey.HELLO_KEY_COUNT; i++) {
      keys.push(EnvelopeKey.helloKey(i));
    }
    post(window, null, keys, "*", messages, cause -> {});
  }

  /**
   * The data of a hello and of the answer to one: {@code {instanceID}}, as post-robot's, and
   * {@code xwindow}, our version, which tells another xwindow window it may offer a channel.
   */
  public JsPropertyMap<Object> helloData() {
    JsPropertyMap<Object> data = JsPropertyMap.of();
    data.set("instanceID", instanceId);
    data.set("xwindow", Version.XWINDOW);
    return data;
  }


  /**
   * Hands {@code port} to {@code window}, at {@code targetOrigin} only, in an envelope with no
   * messages: only an xwindow window, which asked for it in its hello, receives one.
   */
  public void transfer(Window window, String key, String targetOrigin, MessagePort port) {
    window.postMessage(
        Envelope.format(new JsArray<>(key), new JsArray<>()), targetOrigin, new JsArray<>(port));
  }

  /** A request message, fields in post-robot's order. */
  public static WireMessage request(String name, String hash, Object data, boolean fireAndForget) {
    WireMessage message = start(MessageType.REQUEST, hash, name);
    message.data = data;
    message.fireAndForget = fireAndForget;
    return message;
  }

  /** An acknowledgement of {@code request}. */
  public static WireMessage ack(WireMessage request) {
    return start(MessageType.ACK, request.hash, request.name);
  }

  /** A response to {@code request}; the caller sets ack, data and error, in that order. */
  public static WireMessage response(WireMessage request) {
    return start(MessageType.RESPONSE, request.hash, request.name);
  }

  private static WireMessage start(String type, String hash, String name) {
    WireMessage message = new WireMessage();
    message.id = Ids.uid();
    message.origin = Windows.ownDomain();
    message.type = type;
    message.hash = hash;
    message.name = name;
    return message;
  }
}
