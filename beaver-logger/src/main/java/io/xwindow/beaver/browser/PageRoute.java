package io.xwindow.beaver.browser;

import elemental2.dom.DomGlobal;
import io.xwindow.beaver.transition.Routes;

/** The page's route and its name, where the page is now (in the add-ons: the logger has neither). */
final class PageRoute {
  private PageRoute() {}

  /** The route: {@link Routes#of}. */
  static String now() {
    return Routes.of(DomGlobal.location.pathname, DomGlobal.location.hash);
  }

  /** The route's name as a state: {@link Routes#name}. */
  static String name() {
    return Routes.name(now(), RegExps::replaceAll);
  }
}
