package io.xwindow.beaver.browser;

import elemental2.dom.DomGlobal;
import io.xwindow.base.time.PageTimers;
import io.xwindow.base.time.Task;
import jsinterop.base.JsPropertyMap;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.base.Js;

/**
 * The add-on {@code beaver-transitions.js}, which a logger's {@code autoTransitions} needs: tells
 * when a single-page application navigates within its document, and when the page has painted
 * after it, with the name of its route (which the logger does not have: it costs its bundle 120 B
 * that a page without automatic transitions does not need): the Navigation API's {@code currententrychange} event where the browser has it, else
 * {@code history.pushState} and {@code replaceState} (wrapped) and {@code popstate}.
 * Nothing is wrapped where the Navigation API is present; the stop it returns puts back what was.
 *
 * <p>{@code currententrychange} rather than {@code navigate}: it comes once the page is at its new
 * address (Firefox fires {@code navigate} for back and forward and paints a frame more at the old
 * one), only for a navigation within the document, and one listener does for both ways.
 */
public final class PageTransitions {
  private PageTransitions() {}

  /**
   * Registers the add-on for the loggers this window makes from now on: at its start it names the
   * page's route to the logger; then it calls {@code navigated} at each navigation and, unless the
   * option is {@code 'start'} (the page ends transitions itself), {@code painted} after the next
   * paint. (Its name kept for the entry file.)
   */
  @JsMethod
  public static void install() {
    AddOns.register("transitions", (logger, option, navigated, painted) -> {
      AddOns.RouteName names = PageRoute::name;
      painted.painted(names, false);
      // the route at the last paint, in a map rather than an object of ours: one Java class made
      // here brings J2CL's Object into this bundle, 600 B more than all else
      JsPropertyMap<String> last = JsPropertyMap.of();
      last.set("route", PageRoute.now());
      Task stop = watch(navigated, Js.isTripleEqual(option, "start") ? null : () -> {
        String route = PageRoute.now();
        boolean moved = !Js.isTripleEqual(route, last.get("route"));
        last.set("route", route);
        painted.painted(names, moved);
      });
      return end -> {
        if (end) {
          stop.run();
        }
      };
    });
  }

  /**
   * Calls {@code navigated} at each same-document navigation and, unless null, {@code painted}
   * after the next paint at its new address; returns what stops it and puts back the history
   * methods (or, if the page wrapped them after us, makes ours pass calls through). A function
   * rather than an object with a stop method: in the bundle, a class costs more than a closure.
   */
  public static Task watch(Task navigated, Task painted) {
    Events.Listener listener = event -> {
      navigated.run();
      if (painted != null) {
        // a task queued by the frame's callback runs once the frame is painted
        requestAnimationFrame(() -> PageTimers.setTimeout(painted, 0));
      }
    };
    Object navigation = Js.asPropertyMap(DomGlobal.window).get("navigation");
    if (navigation != null) {
      Events.on(navigation, "currententrychange", listener);
      return () -> Events.off(navigation, "currententrychange", listener);
    }
    Task unwrapPush = wrap(DomGlobal.history, "pushState", listener);
    Task unwrapReplace = wrap(DomGlobal.history, "replaceState", listener);
    Events.on(DomGlobal.window, "popstate", listener);
    return () -> {
      unwrapPush.run();
      unwrapReplace.run();
      Events.off(DomGlobal.window, "popstate", listener);
    };
  }

  /** Makes {@code target[name]} call {@code before} first; returns what undoes it. In PageTransitions.native.js. */
  @JsMethod
  private static native Task wrap(Object target, String name, Events.Listener before);

  @JsMethod(namespace = JsPackage.GLOBAL)
  private static native double requestAnimationFrame(Task task);
}
