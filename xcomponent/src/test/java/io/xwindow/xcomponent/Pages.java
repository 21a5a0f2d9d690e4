package io.xwindow.xcomponent;

import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;

/**
 * The pages of a component test: a child page on one site and a parent page on another, each
 * loading xcomponent.js and the same definition. The parent page has {@code settle(promise)}, which
 * keeps the outcome in {@code window.result} or {@code window.failure} and sets {@code
 * window.done}, and {@code log}, an array of what happened, in order.
 */
final class Pages {
  static final String HELPERS =
      "window.log=[];window.settle=function(p){p.then("
          + "function(r){window.result=r;window.done=true;},"
          + "function(e){window.failure=e;window.done=true;});};";

  private Pages() {}

  /**
   * The definition of a component {@code tag} whose child is {@code child}'s {@code /child.html},
   * with {@code more} options (e.g. {@code "props:{...},"}) and the global {@code C}.
   */
  static String define(Site child, String tag, String more) {
    return "window.C=xcomponent.create({tag:'" + tag + "',url:'" + child.url("/child.html") + "',"
        + more + "});";
  }

  /** Serves the child page: the definition, then {@code script} (which may use {@code C}). */
  static void child(Site child, String definition, String script) {
    child.bundle("xcomponent.js").page("/child.html", Html.page(
        "<div id=out></div>"
            + Html.script("/bundles/xcomponent.js")
            + Html.inline(HELPERS + definition + script)));
  }

  /** Serves the parent page at {@code path}: a container, the definition, then {@code script}. */
  static void parent(Site parent, String path, String definition, String script) {
    parent(parent, path, definition, script, java.util.Map.of());
  }

  /** As {@link #parent(Site, String, String, String)}, with response {@code headers}. */
  static void parent(Site parent, String path, String definition, String script,
      java.util.Map<String, String> headers) {
    parent.bundle("xcomponent.js").page(path, Html.page(
        "<div id=container></div><button id=go>go</button>"
            + Html.script("/bundles/xcomponent.js")
            + Html.inline(HELPERS + definition + script)), headers);
  }

  /**
   * Opens {@code parent}'s {@code /parent.html}, which renders in an iframe, and waits until the
   * render resolved and the child shows {@code shown} in its {@code #out}.
   */
  static void openRendered(io.xwindow.testkit.Browser browser, Site parent, String shown) {
    browser.open(parent.url("/parent.html"));
    browser.waitFor("window.done === true");
    org.junit.jupiter.api.Assertions.assertEquals("undefined", browser.string("typeof window.failure"));
    browser.switchToFrame("iframe");
    browser.waitFor("document.getElementById('out').textContent === '" + shown + "'");
    browser.switchToMain();
  }
}
