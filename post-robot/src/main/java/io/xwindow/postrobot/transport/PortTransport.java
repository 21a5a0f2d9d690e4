package io.xwindow.postrobot.transport;

import elemental2.core.JsArray;
import elemental2.dom.MessagePort;
import elemental2.dom.Window;
import io.xwindow.postrobot.wire.Envelope;
import io.xwindow.postrobot.wire.Messages;
import io.xwindow.postrobot.wire.WireMessage;

/**
 * Our end of a private {@code MessageChannel} to one xwindow window: the browser clones the
 * envelope object, no JSON either way, its messages in their channel form (made so by {@link
 * Messages}: the clone costs by the field). The port was handed to that window's
 * verified origin only, so the target origin has been checked once, at the handshake.
 */
public final class PortTransport implements Transport {
  private final MessagePort port;

  public PortTransport(MessagePort port) {
    this.port = port;
  }

  @Override
  public void post(
      Window window, String targetOrigin, JsArray<String> keys, JsArray<WireMessage> messages) {
    port.postMessage(Envelope.object(keys, messages));
  }
}
