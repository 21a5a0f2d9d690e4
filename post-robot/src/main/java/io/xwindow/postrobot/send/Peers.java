package io.xwindow.postrobot.send;

import elemental2.core.JsArray;
import elemental2.core.JsWeakMap;
import elemental2.dom.Window;
import elemental2.promise.Promise;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.transport.Peer;
import io.xwindow.postrobot.window.Windows;
import jsinterop.base.Js;

/**
 * The windows known to run post-robot, learned from every message they send us. A request to a
 * window not known yet waits for it: we say hello in every key we speak ({@link
 * io.xwindow.postrobot.wire.EnvelopeKey}), and whichever message comes first from
 * that window (its answer, or its own start-up hello) tells its key and origin.
 */
public final class Peers {
  private final JsWeakMap<Window, Peer> known = new JsWeakMap<>();
  private final JsArray<Waiter> waiters = new JsArray<>();
  private final Outbox outbox;
  private final Timers timers;

  private static final class Waiter {
    final Window window;
    final Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Peer> resolve;
    double timer;

    Waiter(Window window, Promise.PromiseExecutorCallbackFn.ResolveCallbackFn<Peer> resolve) {
      this.window = window;
      this.resolve = resolve;
    }
  }

  public Peers(Outbox outbox, Timers timers) {
    this.outbox = outbox;
    this.timers = timers;
  }

  /** What is known of {@code window}, or null. */
  public Peer get(Window window) {
    return known.get(window);
  }

  /** {@code window} sent us a message under {@code key} from {@code origin}: it is this peer. */
  public Peer learn(Window window, String key, String origin) {
    Peer peer = known.get(window);
    if (peer == null || !peer.key.equals(key) || !peer.origin.equals(origin)) {
      peer = new Peer(key, origin);
      known.set(window, peer);
    }
    for (int i = waiters.length - 1; i >= 0; i--) {
      Waiter waiter = waiters.getAt(i);
      if (waiter.window == window) {
        waiters.splice(i, 1);
        timers.cancel(waiter.timer);
        waiter.resolve.onInvoke(peer);
      }
    }
    return peer;
  }

  /**
   * {@code window} as a peer, once it is known; fails with {@link ErrorCode#NO_ACK} after
   * {@link Timeouts#helloWait}. {@code name} names the request in the error.
   */
  public Promise<Peer> await(Window window, double requestedTimeout, String name) {
    Peer peer = known.get(window);
    if (peer != null) {
      return Promise.resolve(peer);
    }
    boolean childOfOurs = Windows.isChild(window);
    double waitMillis = Timeouts.helloWait(childOfOurs, requestedTimeout);
    return new Promise<>(
        (resolve, reject) -> {
          boolean helloSent = waiters.some((other, index) -> other.window == window);
          Waiter waiter = new Waiter(window, resolve);
          waiters.push(waiter);
          waiter.timer =
              timers.later(
                  waitMillis,
                  () -> {
                    int at = waiters.indexOf(waiter);
                    if (at >= 0) {
                      waiters.splice(at, 1);
                      reject.onInvoke(
                          childOfOurs
                              ? Errors.didNotLoad(Js.coerceToInt(waitMillis))
                              : Errors.noAck(name, Windows.ownDomain(), Js.coerceToInt(waitMillis)));
                    }
                  });
          if (!helloSent) {
            outbox.hello(window);
          }
        });
  }
}
