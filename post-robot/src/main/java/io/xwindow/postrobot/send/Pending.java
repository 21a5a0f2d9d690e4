package io.xwindow.postrobot.send;

import elemental2.dom.Window;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.RejectCallbackFn;
import elemental2.promise.Promise.PromiseExecutorCallbackFn.ResolveCallbackFn;
import io.xwindow.postrobot.message.Message;

/** A request sent and not yet settled. */
final class Pending extends RequestState {
  final String hash;
  /** The name errors show: the message name, or {@code fn()} for a function call. */
  final String name;
  final Window target;
  final Object domain;
  final ResolveCallbackFn<Message> resolve;
  final RejectCallbackFn reject;

  Pending(
      String hash,
      String name,
      Window target,
      Object domain,
      ResolveCallbackFn<Message> resolve,
      RejectCallbackFn reject) {
    this.hash = hash;
    this.name = name;
    this.target = target;
    this.domain = domain;
    this.resolve = resolve;
    this.reject = reject;
  }
}
