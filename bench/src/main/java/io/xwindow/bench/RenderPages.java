package io.xwindow.bench;

import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;

/**
 * Serves the render benchmark's two pages per library: the parent, with the component's
 * definition and the timing harness, on one site, and the child, with the same definition, on
 * another, so that the component crosses origins.
 */
final class RenderPages {
  private final Site parentSite;
  private final Site childSite;
  private final RenderPlan plan;

  RenderPages(Site parentSite, Site childSite, RenderPlan plan) {
    this.parentSite = parentSite;
    this.childSite = childSite;
    this.plan = plan;
  }

  /** Serves both pages of {@code library}, loading {@code script}; returns the URL of the parent page. */
  String serve(RenderLibrary library, RenderLibrary.Script script) {
    String folder = "/render/" + library.url().replaceAll("^/lib/|\\.js$", "");
    String childUrl = childSite.url(folder + "/child.html");
    String shared = "childUrl:'" + childUrl + "',parentOrigin:'" + parentSite.origin() + "'";
    String libraryScript = Html.script(library.url())
        + (script.afterLoad().isEmpty() ? "" : Html.inline(script.afterLoad()));
    String component = Html.inline(PageScript.read("render/component.js"));
    parentSite.script(library.url(), script.file());
    childSite.script(library.url(), script.file());
    childSite.page(folder + "/child.html", Html.page(
        config(shared)
            + Html.inline(PageScript.read("render/child.js")) // before the library: it watches window.xprops
            + libraryScript
            + Html.inline("benchChild.creating();")
            + component
            + Html.inline("benchChild.created();")));
    parentSite.page(folder + "/parent.html", Html.page(
        config(shared + ",childOrigin:'" + childSite.origin() + "',stepLimitMs:" + plan.stepLimitMs())
            + libraryScript
            + component
            + Html.inline(PageScript.read("render/harness.js"))));
    return parentSite.url(folder + "/parent.html");
  }

  private static String config(String fields) {
    return Html.inline("window.benchConfig={" + fields + "};");
  }
}
