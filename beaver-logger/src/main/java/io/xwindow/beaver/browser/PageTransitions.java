package io.xwindow.beaver.browser;

import elemental2.dom.DomGlobal;
import io.xwindow.beaver.deliver.Task;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.base.Js;

/**
 * Tells when a single-page application navigates within its document, and when the page has
 * painted after it: the Navigation API's {@code navigate} event where the browser has it, else
 * {@code history.pushState} and {@code replaceState} (wrapped) and {@code popstate}. Nothing is
 * wrapped where the Navigation API is present; {@link #stop()} puts back what was.
 *
 * <p>With the Navigation API the wait for the paint starts when the current entry has changed
 * ({@code currententrychange}), not at {@code navigate}: Firefox fires {@code navigate} for a
 * back or forward navigation and paints a frame before the page is at its new address.
 */
public final class PageTransitions {
  private final Events.Listener listener;
  private final Events.Listener entryChanged;
  private final Object navigation;
  private Task unwrapPush;
  private Task unwrapReplace;

  /**
   * Calls {@code navigated} at each same-document navigation and, unless null, {@code painted}
   * after the next paint at its new address.
   */
  public PageTransitions(Task navigated, Task painted) {
    // a task queued by the frame's callback runs once the frame is painted
    entryChanged = painted == null
        ? event -> {}
        : event -> requestAnimationFrame(() -> PageTimers.setTimeout(painted, 0));
    navigation = Js.asPropertyMap(DomGlobal.window).get("navigation");
    if (navigation != null) {
      listener = event -> navigated.run();
      Events.on(navigation, "navigate", listener);
      Events.on(navigation, "currententrychange", entryChanged);
    } else {
      listener = event -> {
        navigated.run();
        entryChanged.on(event);
      };
      unwrapPush = wrap(DomGlobal.history, "pushState", listener);
      unwrapReplace = wrap(DomGlobal.history, "replaceState", listener);
      Events.on(DomGlobal.window, "popstate", listener);
    }
  }

  /** Stops listening and puts back the history methods (or, if the page wrapped them after us, makes ours pass calls through). */
  public void stop() {
    if (navigation != null) {
      Events.off(navigation, "navigate", listener);
      Events.off(navigation, "currententrychange", entryChanged);
    } else {
      unwrapPush.run();
      unwrapReplace.run();
      Events.off(DomGlobal.window, "popstate", listener);
    }
  }

  /** Makes {@code target[name]} call {@code before} first; returns what undoes it. In PageTransitions.native.js. */
  @JsMethod
  private static native Task wrap(Object target, String name, Events.Listener before);

  @JsMethod(namespace = JsPackage.GLOBAL)
  private static native double requestAnimationFrame(Task task);
}
