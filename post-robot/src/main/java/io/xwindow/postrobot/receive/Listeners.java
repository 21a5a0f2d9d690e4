package io.xwindow.postrobot.receive;

import elemental2.core.JsArray;
import elemental2.dom.Window;
import io.xwindow.postrobot.browser.Dictionary;
import io.xwindow.postrobot.domain.DomainPattern;
import io.xwindow.postrobot.error.ErrorCode;
import io.xwindow.postrobot.error.Errors;
import io.xwindow.postrobot.error.PostRobotError;
import io.xwindow.postrobot.message.Listener;
import jsinterop.base.JsPropertyMap;

/**
 * The request listeners of this window, by name. A request goes to the listener that fits best:
 * one for its very window before one for any window; then an exact origin before a RegExp or
 * array, before {@code "*"} — post-robot's order.
 */
public final class Listeners implements Listener.Registry {
  private final JsPropertyMap<JsArray<Listener>> byName = Dictionary.create();
  private int count;

  /**
   * Adds {@code listener}; returns null, or the message of why not ({@link
   * ErrorCode#BAD_ARGUMENT}): one for the same name, window and domain exists.
   */
  public PostRobotError add(Listener listener) {
    JsArray<Listener> list = byName.get(listener.name());
    if (list == null) {
      list = new JsArray<>();
      byName.set(listener.name(), list);
    }
    for (int i = 0; i < list.length; i++) {
      Listener other = list.getAt(i);
      if (DomainPattern.same(other.domain(), listener.domain())
          && sameWindows(other.windows(), listener.windows())) {
        return Errors.listenerExists(
            listener.name(), DomainPattern.describe(listener.domain()), listener.windows() == null);
      }
    }
    list.push(listener);
    count++;
    return null;
  }

  private static boolean sameWindows(JsArray<Window> a, JsArray<Window> b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.some((window, index) -> b.indexOf(window) >= 0);
  }

  /** Removes {@code listener}, if it is registered. */
  @Override
  public void remove(Listener listener) {
    JsArray<Listener> list = byName.get(listener.name());
    int at = list == null ? -1 : list.indexOf(listener);
    if (at >= 0) {
      list.splice(at, 1);
      count--;
      if (list.length == 0) {
        byName.delete(listener.name());
      }
    }
  }

  /** The listener for request {@code name} from {@code source} at {@code origin}, or null. */
  public Listener find(String name, Window source, String origin) {
    JsArray<Listener> list = byName.get(name);
    Listener best = null;
    int bestFit = 9; // worse than any fit (at most 5): fewer bundle bytes than Integer.MAX_VALUE
    for (int i = 0; list != null && i < list.length; i++) {
      int fit = list.getAt(i).fit(source, origin);
      if (fit >= 0 && fit < bestFit) {
        best = list.getAt(i);
        bestFit = fit;
      }
    }
    return best;
  }

  /**
   * Why no listener took a request: {@link ErrorCode#DOMAIN_MISMATCH} when one for its name hears
   * its window but not its origin, else {@link ErrorCode#NO_HANDLER}.
   */
  public String refusal(String name, Window source) {
    JsArray<Listener> list = byName.get(name);
    return list != null && list.some((listener, index) -> listener.hears(source))
        ? ErrorCode.DOMAIN_MISMATCH
        : ErrorCode.NO_HANDLER;
  }

  /** How many listeners are registered. */
  public int count() {
    return count;
  }
}
