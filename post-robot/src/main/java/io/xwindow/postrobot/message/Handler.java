package io.xwindow.postrobot.message;

import jsinterop.annotations.JsFunction;

/**
 * Answers a request. It returns the response data, or a promise of it; throwing or rejecting
 * sends the error back, and the sender's promise rejects with its message and stack.
 */
@JsFunction
public interface Handler {
  Object handle(Message request);
}
