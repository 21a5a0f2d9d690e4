package io.xwindow.bench;

import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a scenario's two pages: the parent on one site, with the timing harness and the frame,
 * and the child on another site, so that every call crosses origins.
 */
final class ScenarioPages {
  /** How long the parent waits for a connection, or for the first answer, before it gives up. */
  static final int CONNECT_LIMIT_MS = 15_000;

  private final Site parentSite;
  private final Site childSite;

  /** Pages on {@code parentSite} framing pages on {@code childSite}, loading {@code libraries}. */
  ScenarioPages(Site parentSite, Site childSite, Map<Library, Path> libraries) {
    this.parentSite = parentSite;
    this.childSite = childSite;
    libraries.forEach((library, file) -> {
      parentSite.file(library.url(), file, "text/javascript; charset=utf-8");
      childSite.file(library.url(), file, "text/javascript; charset=utf-8");
    });
  }

  /** Serves both pages of {@code scenario}; returns the URL of the parent page. */
  String serve(Scenario scenario) {
    String childUrl = childSite.url(scenario.path() + "/child.html");
    childSite.page(scenario.path() + "/child.html", Html.page(
        config("parentOrigin:'" + parentSite.origin() + "'")
            + library(scenario.child)
            + Html.inline(script(scenario.adapter + ".child.js"))));
    parentSite.page(scenario.path() + "/parent.html", Html.page(
        config("childOrigin:'" + childSite.origin() + "',connectLimitMs:" + CONNECT_LIMIT_MS)
            + library(scenario.parent)
            + Html.inline(script("harness.js"))
            + Html.inline(script(scenario.adapter + ".parent.js"))
            // The harness connects once the child has loaded, so the child's side is listening.
            + "<iframe src=\"" + childUrl + "\" onload=\"bench.childLoaded(this)\"></iframe>"));
    return parentSite.url(scenario.path() + "/parent.html");
  }

  private static String config(String fields) {
    return Html.inline("window.benchConfig={" + fields + "};");
  }

  private static String library(Library library) {
    return library == Library.NONE ? "" : Html.script(library.url());
  }

  /** A script of the benchmark's pages, from {@code src/main/resources/io/xwindow/bench/messaging}. */
  static String script(String name) {
    return PageScript.read("messaging/" + name);
  }
}
