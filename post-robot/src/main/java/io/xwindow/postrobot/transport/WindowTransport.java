package io.xwindow.postrobot.transport;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import io.xwindow.postrobot.wire.Envelope;
import io.xwindow.postrobot.wire.WireMessage;

/** {@code window.postMessage} of the envelope as a JSON string, as every post-robot reads it. */
public final class WindowTransport implements Transport {

  @Override
  public void post(
      Window window, String targetOrigin, JsArray<String> keys, JsArray<WireMessage> messages) {
    window.postMessage(Envelope.format(keys, messages), targetOrigin);
  }
}
