package io.xwindow.postrobot.serialize;

import elemental2.core.FinalizationRegistry;
import elemental2.core.JsArray;
import elemental2.core.JsMap;
import elemental2.dom.Window;
import io.xwindow.base.time.Timers;
import io.xwindow.postrobot.browser.Dictionary;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The functions other xwindow windows handed us, watched with a {@code FinalizationRegistry}:
 * once every proxy of one has been garbage-collected here, its owner hears, in a batch, that it
 * may drop it. Without this, an owner keeps every callback it ever sent while both windows live
 * (post-robot keeps them for the page's life).
 *
 * <p>No race with the same function sent again while a release is on its way: a release carries
 * how many times the function came here, and its owner obeys only if it sent no more than that
 * (see {@link FunctionStore#released}).
 */
final class RemoteReferences {
  /** Finalizations come in bursts: one release message per window for a burst. */
  private static final int BATCH_MILLIS = 50;

  /**
   * How many proxies of one remote function live here, and how many times it came since it was
   * last released (the owner subtracts that from the times it sent it).
   */
  private static final class Count {
    int live;
    int received;
  }

  /** What the registry hands back for a collected proxy: never the proxy itself. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
  private static class Held {
    Window window;
    String origin;
    String id;
    RemoteCaller remote;

    @JsOverlay
    static Held of(Window window, String origin, String id, RemoteCaller remote) {
      Held held = new Held();
      held.window = window;
      held.origin = origin;
      held.id = id;
      held.remote = remote;
      return held;
    }
  }

  private final Timers timers;
  private final FinalizationRegistry<Object, Held, Object> registry;
  private final JsMap<Window, JsPropertyMap<Count>> counts = new JsMap<>();
  private JsArray<Held> due = new JsArray<>();
  private JsArray<Double> dueCounts = new JsArray<>();
  private double flushTimer;

  RemoteReferences(Timers timers) {
    this.timers = timers;
    registry =
        "function".equals(Js.typeof(Js.global().get("FinalizationRegistry")))
            ? new FinalizationRegistry<>(this::collected)
            : null;
  }

  /** Watches {@code proxy}, which calls function {@code id} of {@code source}. */
  void track(Object proxy, Window source, String origin, String id, RemoteCaller remote) {
    if (registry == null || !remote.hearsReleases(source)) {
      return;
    }
    JsPropertyMap<Count> ofWindow = counts.get(source);
    if (ofWindow == null) {
      ofWindow = Dictionary.create();
      counts.set(source, ofWindow);
    }
    Count count = ofWindow.get(id);
    if (count == null) {
      count = new Count();
      ofWindow.set(id, count);
    }
    count.live++;
    count.received++;
    registry.register(proxy, Held.of(source, origin, id, remote));
  }

  private Object collected(Held held) {
    JsPropertyMap<Count> ofWindow = counts.get(held.window);
    Count count = ofWindow == null ? null : ofWindow.get(held.id);
    if (count == null || --count.live > 0) {
      return null;
    }
    ofWindow.delete(held.id);
    due.push(held);
    dueCounts.push((double) count.received);
    if (flushTimer == 0) {
      flushTimer = timers.later(BATCH_MILLIS, this::flush);
    }
    return null;
  }

  /** Sends each window the ids it may drop, in one message per window. */
  private void flush() {
    flushTimer = 0;
    JsArray<Held> releasing = due;
    JsArray<Double> received = dueCounts;
    due = new JsArray<>();
    dueCounts = new JsArray<>();
    JsMap<Window, JsArray<Object>> byWindow = new JsMap<>();
    JsArray<Held> firsts = new JsArray<>();
    for (int i = 0; i < releasing.length; i++) {
      Held held = releasing.getAt(i);
      JsArray<Object> ids = byWindow.get(held.window);
      if (ids == null) {
        ids = new JsArray<>();
        byWindow.set(held.window, ids);
        firsts.push(held);
      }
      JsArray<Object> pair = new JsArray<>();
      pair.push(held.id, received.getAt(i));
      ids.push(pair);
    }
    for (int i = 0; i < firsts.length; i++) {
      Held held = firsts.getAt(i);
      held.remote.release(held.window, held.origin, byWindow.get(held.window));
    }
  }
}
