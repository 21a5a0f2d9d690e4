package io.xwindow.postrobot.send;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Guard;
import io.xwindow.postrobot.browser.Microtask;
import io.xwindow.postrobot.transport.Peer;
import io.xwindow.postrobot.transport.Transport;
import io.xwindow.postrobot.transport.WindowTransport;
import io.xwindow.postrobot.window.Windows;
import io.xwindow.postrobot.wire.Envelope;
import io.xwindow.postrobot.wire.EnvelopeKey;
import io.xwindow.postrobot.wire.Ids;
import io.xwindow.postrobot.wire.MessageType;
import io.xwindow.postrobot.wire.Messages;
import io.xwindow.postrobot.wire.WireMessage;
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
    /** Whether the window is asked if it closed before the batch goes. */
    boolean askClosed;

    Batch(Window window, Peer peer, String targetOrigin) {
      this.window = window;
      this.peer = peer;
      this.targetOrigin = targetOrigin;
    }
  }

  private JsArray<Batch> batches = new JsArray<>();
  private final String instanceId = Ids.uid();
  /** How a message goes when no private channel is agreed: {@code postMessage}. */
  private final Transport byWindow = new WindowTransport();

  /**
   * Queues {@code message} for {@code window}, known as {@code peer}: in its key, on its private
   * channel once it has one. {@code onFailure} (may be null) hears if it cannot go, and then the
   * window is asked whether it closed before the batch goes, unless {@code foundOpen}: the caller
   * asked in this same turn. Asking a cross-origin window costs microseconds, and a request to a
   * known window is asked once, as it is made; should its frame be removed later in the same
   * turn, the request fails at the next sweep ({@code WINDOW_CLOSED}, before its ack).
   */
  public void add(
      Window window,
      Peer peer,
      String targetOrigin,
      WireMessage message,
      Undelivered onFailure,
      boolean foundOpen) {
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
    if (onFailure != null && !foundOpen) {
      batch.askClosed = true; // not |=, which J2CL writes as number coercions
    }
  }

  /**
   * Flushes once the current work is done: a burst of requests is one post, and a handler that
   * answers at once has its answer queued beside its acknowledgement by then.
   */
  private void scheduleFlush() {
    Microtask.queue(this::flush);
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
          heard(batch.failures),
          batch.askClosed);
    }
  }

  /** What tells each of {@code failures} why their batch could not go; null when none listens. */
  private static Undelivered heard(JsArray<Undelivered> failures) {
    if (!failures.some((onFailure, index) -> onFailure != null)) {
      return null;
    }
    return cause -> {
      for (int i = 0; i < failures.length; i++) {
        Undelivered onFailure = failures.getAt(i);
        if (onFailure != null) {
          onFailure.failed(cause);
        }
      }
    };
  }

  /**
   * Posts at once, by {@code peer}'s transport (by {@code postMessage} when peer is null);
   * {@code onFailure} hears why, if it fails. Only when {@code askClosed} is the window asked
   * whether it closed: when nobody hears (an answer to a listener without an {@code
   * errorHandler}), or every request in the batch was found open as it was made, it is not,
   * as posting to a closed window does nothing, and asking a cross-origin window costs
   * microseconds.
   */
  private void post(
      Window window,
      Peer peer,
      JsArray<String> keys,
      String targetOrigin,
      JsArray<WireMessage> messages,
      Undelivered onFailure,
      boolean askClosed) {
    if (askClosed && Windows.isClosed(window)) {
      onFailure.failed("Window is closed"); // on a channel too: the errorHandler must hear it
      return;
    }
    Transport channel = peer == null ? null : peer.transport();
    Transport transport = channel != null ? channel : byWindow;
    // postMessage throws on a malformed target origin; JSON.stringify on a BigInt.
    Guard.run(
        () -> transport.post(window, targetOrigin, keys, messages),
        onFailure == null
            ? null
            : error -> onFailure.failed("" + Js.asPropertyMap(error).get("message")));
  }

  /**
   * Says hello to {@code window} in every key we speak, in one post to any origin: a hello
   * carries only our instance id. Whatever answers tells us the window's key and origin.
   */
  public void hello(Window window) {
    JsArray<WireMessage> messages = new JsArray<>();
    messages.push(Messages.request(MessageType.HELLO, Ids.uid(), helloData(), false, false));
    post(window, null, EnvelopeKey.helloKeys((a, b, c, d) -> new JsArray<>(a, b, c, d)), "*", messages, null, false);
  }

  /** This window's post-robot instance id, as its hello data carries it. */
  public String instanceId() {
    return instanceId;
  }

  /** The data of our hellos and of our answers to them. */
  public JsPropertyMap<Object> helloData() {
    return Messages.hello(instanceId);
  }
}
