package io.xwindow.bench;

import io.xwindow.testkit.Html;
import io.xwindow.testkit.Site;

/**
 * Serves the render benchmark's two pages per row: the parent, with the component's definition
 * and the timing harness, on one site, and the child, with the same definition, on another, so
 * that the component crosses origins. Each page loads its own script of the row, from the same
 * path on its own site.
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

  /** Serves both pages of {@code library}, each loading its script; returns the URL of the parent page. */
  String serve(RenderLibrary library, RenderLibrary.Scripts scripts) {
    String folder = "/render/" + library.url().replaceAll("^/lib/|\\.js$", "");
    String childUrl = childSite.url(folder + "/child.html");
    String shared = "childUrl:'" + childUrl + "',parentOrigin:'" + parentSite.origin() + "'";
    String component = Html.inline(PageScript.read("render/component.js"));
    parentSite.script(library.url(), scripts.parent().file());
    childSite.script(library.url(), scripts.child().file());
    childSite.page(folder + "/child.html", Html.page(
        config(shared)
            + Html.inline(PageScript.read("render/child.js")) // before the library: it watches window.xprops
            + load(library, scripts.child())
            + Html.inline("benchChild.creating();")
            + component
            + Html.inline("benchChild.created();")));
    parentSite.page(folder + "/parent.html", Html.page(
        config(shared + ",childOrigin:'" + childSite.origin() + "',stepLimitMs:" + plan.stepLimitMs())
            + load(library, scripts.parent())
            + component
            + Html.inline(PageScript.read("render/harness.js"))));
    return parentSite.url(folder + "/parent.html");
  }

  /** The tags that load {@code script} and make it the global zoid. */
  private static String load(RenderLibrary library, RenderLibrary.Script script) {
    return Html.script(library.url()) + (script.afterLoad().isEmpty() ? "" : Html.inline(script.afterLoad()));
  }

  private static String config(String fields) {
    return Html.inline("window.benchConfig={" + fields + "};");
  }
}
