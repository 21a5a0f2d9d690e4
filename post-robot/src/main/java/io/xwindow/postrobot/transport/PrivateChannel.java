package io.xwindow.postrobot.transport;

import elemental2.core.JsArray;
import elemental2.dom.MessageChannel;
import elemental2.dom.MessagePort;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.browser.Guard;
import io.xwindow.postrobot.domain.Origin;
import io.xwindow.postrobot.wire.Envelope;
import io.xwindow.postrobot.wire.Messages;
import io.xwindow.postrobot.wire.WireMessage;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;

/**
 * The private channel between two xwindow windows, all of its handshake: offered in answer to
 * an xwindow hello, accepted by the window that said it, switched to once messages have crossed
 * it both ways, and dropped when a new page says hello in that window.
 *
 * <p>Messages on the channel are taken as coming from the window and origin the channel was
 * offered to; no third window can write to it. A side sends on the channel only once it knows
 * that both directions carry messages ({@link Handshake}), so that a browser that cannot
 * (HtmlUnit delivers a transferred port's messages one way only) keeps using {@code postMessage}.
 */
public final class PrivateChannel {
  /** Where what arrives on a channel goes, as if {@code source} at {@code origin} posted it. */
  @JsFunction
  public interface Inbound {
    void receive(Object envelope, Window source, String origin);
  }

  private final Inbound inbound;

  public PrivateChannel(Inbound inbound) {
    this.inbound = inbound;
  }

  /**
   * Offers a channel to {@code window}, known as {@code peer}, which said an xwindow hello: our
   * end stays here, the other goes to the origin the hello came from, in an empty envelope.
   */
  private void offer(Peer peer, Window window) {
    if (!"function".equals(Js.typeof(Js.global().get("MessageChannel")))) {
      return;
    }
    MessageChannel channel = new MessageChannel();
    listen(peer, window, channel.port1, false);
    window.postMessage(
        Envelope.format(new JsArray<>(peer.key), new JsArray<WireMessage>()),
        Origin.target(peer.origin),
        new JsArray<>(channel.port2));
  }

  /** Accepts {@code port}, which came from {@code window}, known as {@code peer}. */
  public void accept(Peer peer, Window window, MessagePort port) {
    listen(peer, window, port, true);
  }

  /**
   * {@code window}, known as {@code peer}, said hello with {@code data}. A hello with a new
   * instance id comes from a new page there (after a reload or a navigation): a channel to the
   * page before it is dead, so it is dropped, and a new xwindow page is offered a fresh one. A
   * hello from the same instance (it asks who we are, to match a window) changes nothing.
   */
  public void onHello(Peer peer, Window window, Object data) {
    Object instanceId = Dictionary.field(data, "instanceID");
    if (instanceId != null && Js.isTripleEqual(instanceId, peer.instanceId)) {
      return;
    }
    peer.instanceId = instanceId;
    peer.transport = null;
    if (Messages.isXwindowHello(data)) {
      offer(peer, window);
    }
  }

  private void listen(Peer peer, Window window, MessagePort port, boolean accepted) {
    String origin = peer.origin;
    String empty = Envelope.format(new JsArray<>(peer.key), new JsArray<WireMessage>());
    Handshake handshake = new Handshake(accepted);
    port.onmessage =
        event -> {
          int next = handshake.heard();
          if ((next & Handshake.SWITCH) != 0) {
            peer.transport = new PortTransport(port);
          }
          if ((next & Handshake.REPLY) != 0) {
            port.postMessage(empty);
          }
          Guard.run(() -> inbound.receive(event.data, window, origin), null);
        };
    if (handshake.speaksFirst()) {
      port.postMessage(empty);
    }
  }
}
