package io.xwindow.postrobot.transport;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import io.xwindow.postrobot.wire.WireMessage;

/**
 * How an envelope reaches another window: by {@code postMessage} to the window ({@link
 * WindowTransport}: a JSON string, at a target origin) or on a private {@code MessageChannel}
 * port ({@link PortTransport}: the object, structured-cloned). The outbox posts through this
 * and knows neither.
 */
public interface Transport {
  /**
   * Posts {@code messages} under each of {@code keys} to {@code window}, for {@code
   * targetOrigin} only. May throw (a malformed origin, a value JSON cannot write): call it in a
   * {@link io.xwindow.postrobot.browser.Guard}.
   */
  void post(Window window, String targetOrigin, JsArray<String> keys, JsArray<WireMessage> messages);
}
